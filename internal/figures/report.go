package figures

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/report"
)

// Movements checks the movements of the year that s, read with
// ReadReportFiles for p from the file named sheetName, gives, as the
// report's data file is checked (report.Check), and returns them. Every
// problem names its sheet and cell, as those of reading the sheet: the
// file and sheet that give it when s was merged from several files.
func Movements(s *Sheet, p *plan.Plan, sheetName string) ([]report.Movement, error) {
	if s.Movements == nil {
		return nil, fmt.Errorf("figures: the sheet is not one of the year's movements")
	}
	policy, social := reportColumn("policy_poor_end"), reportColumn("social_poor_end")
	if s.Gives(policy.Key) != s.Gives(social.Key) {
		has, lacks := policy, social
		if s.Gives(social.Key) {
			has, lacks = social, policy
		}
		return nil, dataerr.List{{File: sheetName, Sheet: s.Name,
			Message: fmt.Sprintf("bảng tính có cột %q mà không có cột %q: số hộ nghèo cuối năm theo hai nhóm ghi cả hai cột, hoặc xóa cả hai",
				has.Header, lacks.Header)}}
	}
	written := func(field string) bool { return s.Cell(field) != "" }
	var errs dataerr.List
	for _, pr := range report.Check(p.Units, s.Movements, written) {
		e, ok := s.Place(sheetName, pr.Field)
		if !ok {
			e = dataerr.Error{File: sheetName, Sheet: s.Name, Field: pr.Field}
		}
		e.Message = pr.Message
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return s.Movements, nil
}

// reportColumn returns the report's column of the count key.
func reportColumn(key string) Column {
	for _, c := range reportColumns {
		if c.Key == key {
			return c
		}
	}
	panic("figures: no report column " + key)
}
