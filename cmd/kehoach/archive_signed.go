package main

import (
	"context"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/bounded"
)

// maxCAFile is the largest trust store read.
const maxCAFile = 1 << 20

// signed archives a signed original beside the version it signs.
func (c *ArchiveCommand) signed(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("kehoach archive signed", flag.ContinueOnError)
	to := fs.String("to", defaultArchive, "")
	ca := fs.String("ca", "", "")
	number := fs.String("number", "", "")
	date := fs.String("date", "", "")
	rest, err := parseArgs(fs, args, archiveUsage, c.main.Stdout)
	if err != nil {
		return helpOK(err)
	}
	switch {
	case len(rest) == 0:
		return usagef("thiếu tệp PDF đã ký số")
	case len(rest) > 1:
		return usagef("lệnh signed nhận đúng một tệp PDF")
	}
	var roots *x509.CertPool
	if *ca != "" {
		if roots, err = readCA(*ca); err != nil {
			return err
		}
	}
	added, err := archive.AddSigned(ctx, *to, rest[0], archive.SignedOptions{
		Roots: roots, Now: c.now(), Number: *number, Date: *date,
	})
	if err != nil {
		return c.problems(archiveError(unreadable(err)))
	}
	c.printSigned(added, roots != nil)
	return nil
}

// printSigned says what AddSigned recorded.
func (c *ArchiveCommand) printSigned(a *archive.SignedAdded, checked bool) {
	out := c.main.Stdout
	o := a.Original
	version := strings.TrimSuffix(a.Version.File, ".pdf")
	if a.Unchanged {
		fmt.Fprintf(out, "tệp này đã được lưu trước đây là bản gốc đã ký của phiên bản %s: %s\n", version, a.Path())
		return
	}
	fmt.Fprintf(out, "đã lưu bản gốc đã ký số của phiên bản %s (văn bản số %s, ngày %s): %s (SHA-256 %s)\n",
		version, o.Number, o.Date, a.Path(), o.SHA256)
	for i, s := range o.Signatures {
		who := s.CommonName
		if s.Organization != "" {
			who += " (" + s.Organization + ")"
		}
		when := s.SigningTime
		if when == "" {
			when = "không rõ"
		}
		fmt.Fprintf(out, "  chữ ký %d, trường %s: %s, số sê-ri chứng thư %s, ký lúc %s; chuỗi chứng thư: %s\n",
			i+1, s.Field, who, s.Serial, when, s.Trust)
		for _, w := range s.Warnings {
			fmt.Fprintf(out, "    cảnh báo: %s\n", w)
		}
	}
	for i, r := range o.Revisions {
		fmt.Fprintf(out, "  lần cập nhật %d (đến byte %d): %s\n", i+1, r.End, strings.Join(r.Adds, "; "))
	}
	if !checked {
		fmt.Fprintln(out, "  chưa kiểm tra chuỗi chứng thư: hãy nêu chứng thư gốc tin cậy bằng --ca")
	}
}

// readCA reads the trust store at path: PEM certificates.
func readCA(path string) (*x509.CertPool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &inputError{err: &archiveFailure{msg: "không mở được tệp chứng thư gốc " + path, err: err}}
	}
	defer f.Close()
	data, err := bounded.ReadFile(f, maxCAFile)
	if err != nil {
		var se *bounded.SizeError
		if errors.As(err, &se) {
			return nil, usagef("tệp chứng thư gốc %s lớn hơn %d KiB", path, maxCAFile>>10)
		}
		return nil, &inputError{err: &archiveFailure{msg: "không đọc được tệp chứng thư gốc " + path, err: err}}
	}
	p := x509.NewCertPool()
	if !p.AppendCertsFromPEM(data) {
		return nil, usagef("tệp %s không chứa chứng thư nào dạng PEM (-----BEGIN CERTIFICATE-----)", path)
	}
	return p, nil
}

// signedCount says how many signed originals verify checked, "" for none.
func signedCount(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(", %d bản gốc đã ký số (chữ ký kiểm lại đều hợp lệ)", n)
}
