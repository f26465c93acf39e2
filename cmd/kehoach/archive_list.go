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
	date := "ngày " + v.Date
	if v.Date == "" {
		date = "chưa có ngày"
	}
	parts := []string{strings.TrimSuffix(v.File, ".pdf"), date}
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

// versionOf names the document of the version v just archived by its
// kind and number: "kế hoạch số 44/KH-UBND", "báo cáo số 215/BC-UBND", or
// for a document to be signed, which has no number yet, "báo cáo trình ký
// số (chưa có số)".
func versionOf(v archive.Version) string {
	if v.Number == "" {
		return kindWord(v.TypeName) + " trình ký số (chưa có số)"
	}
	return kindWord(v.TypeName) + " số " + v.Number
}

// documentLabel names the document d, whose tên loại is typeName, in the
// list: by its kind and number; a document filed to be signed before it
// had one says so, and shows the number stamped at issue once a signed
// original brought it.
func documentLabel(d archive.Document, typeName string) string {
	word := kindWord(typeName)
	switch {
	case d.Pending && d.Number == "":
		return word + " trình ký số, chưa có số (…/" + d.Symbol + ")"
	case d.Pending:
		return word + " số " + d.Number + " (số đóng khi ký số)"
	}
	return word + " số " + d.Number
}

// kindWord is the tên loại typeName in lower case, "báo cáo", as a
// sentence names a document; "văn bản" when it is unknown (a version
// archived before it was recorded).
func kindWord(typeName string) string {
	if strings.TrimSpace(typeName) == "" {
		return "văn bản"
	}
	return strings.ToLower(strings.TrimSpace(typeName))
}

// problemsOf is the dataerr.List of err, nil when it is none.
func problemsOf(err error) dataerr.List {
	var errs dataerr.List
	if errors.As(err, &errs) {
		return errs
	}
	return nil
}
