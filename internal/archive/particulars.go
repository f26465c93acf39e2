package archive

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/engine"
	"github.com/kehoach/kehoach/internal/plan"
)

// StateIssued is the state of an issued document (ban hành):
// plan.StateIssued's name. The archive also files plans to be signed
// (trình ký số), see acceptsState.
var StateIssued = plan.StateIssued.String()

// MaxReason is the longest reason for a version, in characters.
const MaxReason = 500

// Particulars are what the archive's list and the outgoing register show
// of a version, recorded when it is archived. A manifest written before
// they were recorded lacks them; see fillParticulars.
type Particulars struct {
	// Subject is the trích yếu, as the data gives it.
	Subject string `json:"subject,omitempty"`
	// State is the plan's state when archived: StateIssued, or "trình ký
	// số" for a plan to be signed.
	State string `json:"state,omitempty"`
	// TypeName is the tên loại, "Kế hoạch".
	TypeName string `json:"type_name,omitempty"`
	// SignerPosition and SignerName are the signer's own position and
	// full name: "Phó Chủ tịch", "Nguyễn Văn A".
	SignerPosition string `json:"signer_position,omitempty"`
	SignerName     string `json:"signer_name,omitempty"`
	// Recipients are the nơi nhận, one entry of the list per line.
	Recipients string `json:"recipients,omitempty"`
	// Pages is the PDF's page count.
	Pages int `json:"pages,omitempty"`
	// Reason says why this version was archived, as the user gave it.
	Reason string `json:"reason,omitempty"`
}

// Signer is the signer's position and name, "Chủ tịch Trần Anh Tuấn".
func (p Particulars) Signer() string {
	return strings.TrimSpace(p.SignerPosition + " " + p.SignerName)
}

// check returns what is wrong with p, in Vietnamese, or "".
func (p Particulars) check() string {
	switch {
	case p.Pages < 0:
		return "có số trang âm"
	case utf8.RuneCountInString(p.Reason) > MaxReason:
		return fmt.Sprintf("có lý do dài quá %d ký tự", MaxReason)
	}
	return ""
}

// particularsOf makes the particulars of res, a document being archived,
// with the page count and reason given.
func particularsOf(res *engine.Result, pages int, reason string) Particulars {
	p := res.Plan
	return Particulars{
		Subject:        p.Document.Subject,
		State:          stateOf(p),
		TypeName:       typeName(res),
		SignerPosition: res.Document.Meta.Record.Position,
		SignerName:     strings.TrimSpace(p.Signer.Name),
		Recipients:     strings.Join(p.Recipients.To, "\n"),
		Pages:          pages,
		Reason:         reason,
	}
}

// stateOf is the state of p as the plan decides it (plan.Plan.State); the
// archive files only what acceptsState lets through.
func stateOf(p *plan.Plan) string { return p.State().String() }

// typeName is the tên loại of the document res, as its metadata records
// it: "Kế hoạch", "Báo cáo"; its type symbol when its title names no kind.
func typeName(res *engine.Result) string {
	if name := res.Document.Meta.Record.TypeName; name != "" {
		return name
	}
	return strings.TrimSpace(res.Plan.Document.Type)
}

// CheckReason returns what is wrong with a reason given for a version, in
// Vietnamese, or "": it is one line of at most MaxReason characters.
func CheckReason(reason string) string {
	switch {
	case !utf8.ValidString(reason):
		return "lý do không phải văn bản UTF-8"
	case utf8.RuneCountInString(reason) > MaxReason:
		return fmt.Sprintf("lý do dài %d ký tự, tối đa %d", utf8.RuneCountInString(reason), MaxReason)
	case strings.IndexFunc(reason, unicode.IsControl) >= 0:
		return "lý do phải viết trên một dòng, không có ký tự điều khiển"
	}
	return ""
}

// fillParticulars gives v, a version of the document in dir recorded
// without its particulars, those its PDF carries: its data file (with the
// plans the PDF carries) gives the subject, signer and recipients, its
// page tree the page count. A version that has them is left as it is.
func fillParticulars(ctx context.Context, dir string, v *Version) error {
	if v.Subject != "" {
		return nil
	}
	path := filepath.Join(dir, v.File)
	data, err := readVersion(path)
	if err != nil {
		return err
	}
	e, err := ReadEmbedded(ctx, data)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("archive: read %s: %w", path, ctxErr)
	}
	if err != nil {
		why := pdfFailure(err)
		if why == "" {
			why = reason(err)
		}
		return dataerr.List{{File: path, Message: "không đọc được trích yếu và người ký mà phiên bản này mang (" + why + "); hãy kiểm tra bằng lệnh kehoach archive verify"}}
	}
	res, err := e.document(ctx, path)
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("archive: read %s: %w", path, ctxErr)
	}
	if err != nil {
		return dataerr.List{{File: path, Message: unloadable(err) + ", nên không biết trích yếu và người ký của phiên bản này; hãy kiểm tra bằng lệnh kehoach archive verify"}}
	}
	v.Particulars = particularsOf(res, e.Pages, v.Reason)
	return nil
}
