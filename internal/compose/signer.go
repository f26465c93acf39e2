package compose

import (
	"strings"

	"github.com/kehoach/kehoach/internal/plan"
)

// signerLines returns the authority and position lines of the signature
// block, upper case, per Nghị định 30/2020/NĐ-CP:
//
//	TM.  → "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
//	KT.  → ["TM. ỦY BAN NHÂN DÂN",] "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
//	TL., TUQ. → ["TM. BODY",] "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"
//	Q.   → ["TM. BODY",] "Q. CHỦ TỊCH"
//
// The body line above KT., TL., TUQ. and Q. is written only when a body is
// given.
func signerLines(s plan.Signer) []string {
	up := strings.ToUpper
	var lines []string
	if s.Prefix == "TM." || s.Body != "" {
		lines = append(lines, "TM. "+up(s.Body))
	}
	switch s.Prefix {
	case "TM.":
		lines = append(lines, up(s.Position))
	case "Q.":
		lines = append(lines, "Q. "+up(s.Position))
	default:
		lines = append(lines, s.Prefix+" "+up(s.Position), up(s.DeputyPosition))
	}
	return lines
}
