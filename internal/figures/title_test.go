package figures

import "github.com/kehoach/kehoach/internal/plan"

// Title is the name of the sheet of p's template: the year at whose end
// the communes count, "Số liệu cuối năm 2021".
func Title(p *plan.Plan) string {
	return planForm.sheetName(p.Document.Year)
}
