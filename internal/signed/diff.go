package signed

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kehoach/kehoach/internal/pdfread"
)

// diff says, in Vietnamese, what revision k, cur, adds or replaces after
// prev; a change to what a page paints, a page added or removed, or a
// signature changed or removed is a *Refusal naming it.
func diff(prev, cur pdfread.Revision, k int) ([]string, error) {
	where := fmt.Sprintf("lần cập nhật thứ %d (đến byte %d)", k, cur.End)
	if len(cur.Pages) != len(prev.Pages) {
		return nil, refuse(fmt.Sprintf("%s đổi số trang từ %d thành %d", where, len(prev.Pages), len(cur.Pages)))
	}
	var adds []string
	for i := range cur.Pages {
		p, c := prev.Pages[i], cur.Pages[i]
		page := i + 1
		switch {
		case c.Unreadable != "":
			return nil, refuse(fmt.Sprintf("%s: không đọc được nội dung trang %d (%s)", where, page, c.Unreadable))
		case c.Content != p.Content:
			return nil, refuse(fmt.Sprintf("%s viết lại nội dung trang %d sau khi văn bản đã được lưu hoặc ký: chỉ được thêm chữ ký, chú thích và hình hiển thị của chúng", where, page))
		case c.Resources != p.Resources:
			return nil, refuse(fmt.Sprintf("%s thay phông chữ hoặc hình vẽ mà nội dung trang %d dùng", where, page))
		}
		added, removed := countChange(p.Annotations, c.Annotations)
		if len(removed) > 0 {
			return nil, refuse(fmt.Sprintf("%s bỏ %d chú thích ở trang %d (%s)", where, len(removed), page, strings.Join(removed, ", ")))
		}
		if len(added) > 0 {
			adds = append(adds, fmt.Sprintf("thêm %d chú thích ở trang %d (%s)", len(added), page, strings.Join(added, ", ")))
		}
	}
	before := map[string]pdfread.Signature{}
	for _, s := range prev.Signatures {
		before[s.Field] = s
	}
	now := map[string]bool{}
	for _, s := range cur.Signatures {
		now[s.Field] = true
		old, had := before[s.Field]
		switch {
		case !had && s.Signed:
			adds = append(adds, "thêm trường chữ ký "+quote(s.Field)+" và chữ ký")
		case !had:
			adds = append(adds, "thêm trường chữ ký "+quote(s.Field)+" (chưa ký)")
		case old.Signed && sigKey(old) != sigKey(s):
			return nil, refuse(fmt.Sprintf("%s thay hoặc xóa chữ ký đã có ở trường %s", where, quote(s.Field)))
		case !old.Signed && s.Signed:
			adds = append(adds, "ký vào trường "+quote(s.Field))
		}
	}
	for _, s := range prev.Signatures {
		if !now[s.Field] {
			if s.Signed {
				return nil, refuse(fmt.Sprintf("%s xóa chữ ký đã có ở trường %s", where, quote(s.Field)))
			}
			adds = append(adds, "bỏ trường chữ ký chưa ký "+quote(s.Field))
		}
	}
	if len(adds) == 0 {
		adds = append(adds, "không thêm chữ ký, chú thích hay trang nào")
	}
	return adds, nil
}

// quote names a field for the user.
func quote(field string) string {
	if field == "" {
		return "(không tên)"
	}
	return "«" + field + "»"
}

// countChange compares two lists of annotation subtypes as multisets and
// returns what after has more and what it has less, sorted.
func countChange(before, after []string) (added, removed []string) {
	n := map[string]int{}
	for _, s := range before {
		n[s]--
	}
	for _, s := range after {
		n[s]++
	}
	for s, c := range n {
		name := s
		if name == "" {
			name = "không rõ loại"
		}
		for ; c > 0; c-- {
			added = append(added, name)
		}
		for ; c < 0; c++ {
			removed = append(removed, name)
		}
	}
	slices.Sort(added)
	slices.Sort(removed)
	return added, removed
}
