package figures

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/kehoach/kehoach/internal/zipcheck"
)

// Bounds on a filled sheet. The template of a district is some ten
// kilobytes; these leave room for a sheet the communes formatted, added
// notes or pictures to, and stop a hostile file before it costs much.
const (
	// MaxFileSize is the largest sheet file kehoach reads, in bytes.
	MaxFileSize = 4 << 20
	// maxEntries bounds the zip entries of an XLSX.
	maxEntries = 300
	// maxEntrySize bounds the inflated size of one entry of an XLSX.
	maxEntrySize = 16 << 20
	// maxTotalSize bounds the inflated size of all its entries together.
	maxTotalSize = 48 << 20
	// maxSheets bounds the sheets of a workbook.
	maxSheets = 16
	// maxRows bounds the rows read: a plan has at most 1000 units, and
	// the header, the total and some blank rows.
	maxRows = 1100
	// maxCols bounds the columns of a row holding text.
	maxCols = 40
	// maxMerged bounds the merged ranges of the sheet read, each of which
	// excelize goes through to look up a cell.
	maxMerged = 1000
	// maxCellText bounds the text of one cell, in bytes.
	maxCellText = 1000
	// maxProblems bounds the problems reported of one sheet.
	maxProblems = 100
)

// limits are the bounds of an XLSX's zip, for package zipcheck.
var limits = zipcheck.Limits{Entries: maxEntries, EntrySize: maxEntrySize, Total: maxTotalSize,
	Ratio: zipcheck.MaxRatio, RatioFree: zipcheck.RatioFree}

// checkZip checks what the zip directory of an XLSX says of its entries,
// before anything is inflated, and returns the Vietnamese reason to refuse
// it, or "". archive/zip refuses later to inflate an entry past its declared
// size, so the declared sizes bound what excelize will inflate.
func checkZip(data []byte) string {
	if limits.Records(data) != nil {
		return fmt.Sprintf("tệp có hơn %d phần nén: không phải bảng tính kehoach đọc được", maxEntries)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "không phải tệp Excel .xlsx (tệp nén zip) hoặc đã bị hỏng, cắt cụt; tệp Excel cũ .xls hoặc tệp có mật khẩu thì lưu lại thành .xlsx không mật khẩu"
	}
	var ze *zipcheck.Error
	switch err := limits.Check(zr); {
	case errors.Is(err, zipcheck.ErrEntries):
		return fmt.Sprintf("tệp có hơn %d phần nén: không phải bảng tính kehoach đọc được", maxEntries)
	case !errors.As(err, &ze):
	case errors.Is(err, zipcheck.ErrMethod):
		return fmt.Sprintf("phần %q được mã hóa hoặc nén theo cách không hỗ trợ", ze.Entry)
	case errors.Is(err, zipcheck.ErrEntrySize):
		return fmt.Sprintf("phần %q giải nén ra hơn %d MiB", ze.Entry, maxEntrySize>>20)
	case errors.Is(err, zipcheck.ErrRatio):
		return fmt.Sprintf("phần %q giải nén ra gấp hơn %d lần khi nén (có thể là bom nén)", ze.Entry, zipcheck.MaxRatio)
	case errors.Is(err, zipcheck.ErrTotal):
		return fmt.Sprintf("các phần giải nén ra tổng cộng hơn %d MiB", maxTotalSize>>20)
	}
	sheets := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/worksheets/") && strings.HasSuffix(f.Name, ".xml") {
			sheets++
		}
	}
	if sheets > maxSheets {
		return fmt.Sprintf("bảng tính có %d trang tính, nhiều hơn %d", sheets, maxSheets)
	}
	return ""
}
