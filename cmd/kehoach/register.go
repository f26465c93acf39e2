package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/plan"
)

// Bounds of a year given on the command line.
const minYear, maxYear = 1945, 9999

// register writes the outgoing register (sổ đăng ký văn bản đi) of a year
// as XLSX or CSV, by the output's extension.
func (c *ArchiveCommand) register(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach archive register", flag.ContinueOnError)
	to := fs.String("to", defaultArchive, "")
	year := fs.Int("year", 0, "")
	issuer := fs.String("issuer", "", "")
	out := fs.String("o", "", "")
	rest, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(rest) > 0:
		return usagef("lệnh register không nhận tệp %s; tên tệp kết quả ghi sau -o", rest[0])
	case *year == 0:
		return usagef("thiếu năm của sổ: --year 2021")
	case *year < minYear || *year > maxYear:
		return usagef("năm %d không hợp lệ (từ %d đến %d)", *year, minYear, maxYear)
	}
	name := *out
	if name == "" {
		name = fmt.Sprintf("so-van-ban-di-%d.xlsx", *year)
	}
	ext := strings.ToLower(filepath.Ext(name))
	if ext != ".xlsx" && ext != ".csv" {
		return usagef("tệp %s: sổ đăng ký chỉ ghi được dạng .xlsx hoặc .csv", name)
	}
	book, err := archive.Register(ctx, *to, *year, strings.TrimSpace(*issuer))
	var issuerErr *archive.IssuerError
	if errors.As(err, &issuerErr) {
		return usagef("%s", issuerErr.Vietnamese())
	}
	if err != nil {
		return c.problems(archiveError(err))
	}
	var buf bytes.Buffer
	if ext == ".csv" {
		err = archive.WriteRegisterCSV(&buf, book)
	} else {
		err = archive.WriteRegisterXLSX(&buf, book)
	}
	if err != nil {
		return err
	}
	if err := writeNew(name, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(c.main.Stdout, "đã ghi sổ đăng ký văn bản đi năm %d của %s (%d văn bản): %s\n", book.Year, book.Issuer, len(book.Rows), name)
	return nil
}

// nextNumber prints the next free number of an issuer, year and type,
// taken from the flags or from a data file.
func (c *ArchiveCommand) nextNumber(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach archive next-number", flag.ContinueOnError)
	to := fs.String("to", defaultArchive, "")
	year := fs.Int("year", 0, "")
	issuer := fs.String("issuer", "", "")
	typ := fs.String("type", "KH", "")
	rest, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch len(rest) {
	case 0:
	case 1:
		e, err := newEngine(engine.Options{})
		if err != nil {
			return err
		}
		res, _, _, err := readData(ctx, e, rest[0])
		if err != nil {
			return c.problems(err)
		}
		p := res.Plan
		if !set["issuer"] {
			*issuer = strings.Join(p.Issuer.Name, " ")
		}
		if !set["type"] {
			*typ = p.Document.Type
		}
		if !set["year"] {
			*year = p.Document.Year
			if d, err := plan.ParseDate(p.Document.Date); err == nil {
				*year = d.Year
			}
		}
	default:
		return usagef("lệnh next-number nhận nhiều nhất một tệp dữ liệu")
	}
	*issuer, *typ = strings.TrimSpace(*issuer), strings.TrimSpace(*typ)
	switch {
	case *issuer == "":
		return usagef("thiếu cơ quan ban hành: --issuer \"Ủy ban nhân dân huyện Cam Lộ\", hoặc nêu một tệp dữ liệu")
	case *year == 0:
		return usagef("thiếu năm: --year 2021, hoặc nêu một tệp dữ liệu")
	case *year < minYear || *year > maxYear:
		return usagef("năm %d không hợp lệ (từ %d đến %d)", *year, minYear, maxYear)
	case *typ == "":
		return usagef("thiếu ký hiệu loại văn bản: --type KH")
	}
	n, err := archive.NextNumber(*to, *issuer, *year, *typ)
	if n == nil {
		return c.problems(archiveError(err))
	}
	name := *issuer
	if n.Issuer != "" {
		name = n.Issuer
	}
	fmt.Fprintf(c.main.Stdout, "số kế tiếp còn trống của %s, loại %s, năm %d: %d\n", name, *typ, *year, n.Next)
	if len(n.Used) == 0 {
		fmt.Fprintf(c.main.Stdout, "(lưu trữ %s chưa có văn bản loại %s nào của cơ quan này năm %d)\n", *to, *typ, *year)
	} else {
		fmt.Fprintf(c.main.Stdout, "đã lưu %d số, cao nhất là %d\n", len(n.Used), n.Used[len(n.Used)-1])
	}
	if len(n.Gaps) > 0 {
		fmt.Fprintf(c.main.Stdout, "các số chưa có trong lưu trữ: %s (có thể đã cấp cho văn bản không lưu ở đây, nên không được cấp lại)\n", runs(n.Gaps))
	}
	if err != nil {
		// A manifest that cannot be read may hold a higher number.
		fmt.Fprintln(c.main.Stderr, "chú ý: có sổ lưu trữ không đọc được, số kế tiếp có thể chưa đúng:")
		return c.problems(err)
	}
	return nil
}

// runs writes runs of numbers as "1–2, 4, 6–43".
func runs(rs [][2]int) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = strconv.Itoa(r[0])
		if r[1] > r[0] {
			parts[i] += "–" + strconv.Itoa(r[1])
		}
	}
	return strings.Join(parts, ", ")
}

// writeNew writes data to a new file at path, never over an existing one
// nor through a link.
func writeNew(path string, data []byte) error {
	return writeAllNew(output.File{Path: path, Data: data})
}

// writeAllNew writes new files, all or none, never over an existing one
// nor through a link.
func writeAllNew(files ...output.File) error {
	for i := range files {
		files[i].Exclusive = true
	}
	err := output.WriteAll(files, nil)
	var (
		outErr   *output.Error
		dangling *output.DanglingLinkError
	)
	path := ""
	if errors.As(err, &outErr) {
		path = outErr.Path
	}
	switch {
	case errors.As(err, &dangling):
		return &archiveFailure{msg: danglingLink(path, dangling.Target) + "; kehoach không ghi qua liên kết, hãy chọn tên khác bằng -o", err: err}
	case errors.Is(err, os.ErrExist):
		return &archiveFailure{msg: "đã có tệp " + path + "; kehoach không ghi đè, hãy chọn tên khác bằng -o", err: err}
	}
	return err
}
