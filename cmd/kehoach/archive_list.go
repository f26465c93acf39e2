package main

import (
	"errors"
	"strings"

	"github.com/kehoach/kehoach/internal/archive"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// versionLine is the line of the list for version v: its name, date,
// state, signer, signing, when it was archived (in Vietnam time), by which
// kehoach, and its SHA-256.
func versionLine(v archive.Version) string {
	parts := []string{strings.TrimSuffix(v.File, ".pdf"), "ngày " + v.Date}
	if v.State != "" {
		parts = append(parts, v.State)
	}
	if s := v.Signer(); s != "" {
		parts = append(parts, "người ký: "+s)
	}
	if at, ok := v.SigningTime(); ok {
		parts = append(parts, "ký số lúc "+vnfmt.Time(at))
	} else {
		parts = append(parts, "chưa ký số")
	}
	parts = append(parts, "lưu lúc "+vnfmt.Time(v.ArchivedAt), "kehoach "+v.Kehoach, "SHA-256 "+v.PDFSHA256)
	line := strings.Join(parts, "  ")
	if v.Recovered {
		line += " (ghi vào sổ sau khi lần lưu bị ngắt)"
	}
	return line
}

// problemsOf is the dataerr.List of err, nil when it is none.
func problemsOf(err error) dataerr.List {
	var errs dataerr.List
	if errors.As(err, &errs) {
		return errs
	}
	return nil
}
