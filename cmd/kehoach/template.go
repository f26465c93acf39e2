package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/templates"
)

// TemplateCommand is "kehoach template": write the built-in Word template
// to a file, for a clerk to restyle and pass back with --template.
type TemplateCommand struct {
	main *Main
}

const templateUsage = `Cách dùng: kehoach template -o <mẫu.docx>

Ghi mẫu Word có sẵn của kehoach ra một tệp để sửa hình thức bằng Word hoặc
LibreOffice (phông chữ, cỡ chữ, giãn dòng, lề, các kiểu đoạn văn), rồi dùng lại:
kehoach build --template mẫu.docx <tệp dữ liệu>.

Mẫu chỉ đổi hình thức của tệp Word (.docx); tệp PDF và lời văn (trong tệp dữ
liệu và templates/plan/document.toml) không đổi. Giữ nguyên các chỗ trống {{...}}, mỗi
chỗ trống đứng riêng một đoạn. Không bao giờ ghi đè tệp đã có.

Tùy chọn:
  -o mẫu.docx   tệp mẫu cần ghi, tên kết thúc bằng .docx (bắt buộc)
` + exitCodesText

// Run parses args and writes the template.
func (c *TemplateCommand) Run(_ context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach template", flag.ContinueOnError)
	out := fs.String("o", "", "")
	rest, err := parseArgs(fs, args, templateUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(rest) > 0:
		return usagef("lệnh template không nhận tệp dữ liệu: %s", rest[0])
	case *out == "":
		return usagef("thiếu tên tệp mẫu cần ghi: -o mau.docx")
	case !strings.EqualFold(filepath.Ext(*out), ".docx"):
		return usagef("tên tệp mẫu phải kết thúc bằng .docx (Word chỉ mở mẫu có đuôi này): %s", *out)
	}
	err = writeOne(*out, templates.PlanDocx, false, &engine.Inputs{})
	var exists *ExistsError
	if errors.As(err, &exists) {
		exists.NoForce = true
		return exists
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.main.Stdout, "đã ghi %s: mẫu Word có sẵn; sửa hình thức rồi dùng với --template %s\n", *out, *out)
	return nil
}
