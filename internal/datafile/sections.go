package datafile

import "github.com/kehoach/kehoach/internal/plan"

// Signer writes the keys of a [signer] table, each with its comment; the
// table's header line is the caller's.
func (w *Writer) Signer(g *plan.Signer) {
	w.Str("prefix", g.Prefix, "thẩm quyền ký: TM., KT., Q., TL. hoặc TUQ.")
	w.Str("body", g.Body, "tập thể mà người ký thay mặt (với TM.)")
	w.Str("position", g.Position, "chức vụ của người đứng đầu")
	w.Str("deputy_position", g.DeputyPosition, "chức vụ của người ký thay (với KT., TL., TUQ.; ví dụ \"Phó Chủ tịch\")")
	w.Str("name", g.Name, "họ và tên người ký (không ghi học hàm, học vị)")
}

// Recipients writes the keys of a [recipients] table, each with its
// comment; the table's header line is the caller's.
func (w *Writer) Recipients(rc *plan.Recipients) {
	w.Block("to", rc.To, "nơi nhận, mỗi phần tử một dòng (không ghi gạch đầu dòng và dấu chấm phẩy)")
	w.Inline("archive", rc.Archive, "nơi lưu, in thành dòng cuối \"- Lưu: VT.\"")
}

// Number writes the document's number n with comment, or, for a document
// without one yet (a draft), the commented-out line the clerk fills in at
// issue.
func (w *Writer) Number(n int, comment string) {
	if n != 0 {
		w.Num("number", n, comment)
		return
	}
	w.KV("# number", "…", "số văn bản: để trống khi còn là dự thảo; khi ban hành, bỏ dấu # ở đầu dòng và ghi số")
}

// Date writes the document's date with comment, which an empty date
// follows with "để trống khi còn là dự thảo".
func (w *Writer) Date(date, comment string) {
	if date == "" {
		comment += "; để trống khi còn là dự thảo"
	}
	w.Str("date", date, comment)
}
