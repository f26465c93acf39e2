// Package nextyear makes next year's plan from this year's and the
// communes' filled sheet of figures, or this year's year-end report (see
// Source): the years move on, the counts come from the sheet or from the
// report's end of the year, the texts, the signer and the recipients carry
// over, and the number and date are left empty, so that the new plan is a
// draft. It writes the plan as a data file a clerk edits (see Print), and
// lists every change and every carried-over text that still names an old
// year.
package nextyear

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/kehoach/kehoach/fonts"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/figures"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Change is one value that next year's plan changes.
type Change struct {
	// Field is the value's path in the data file, "units[3].households".
	Field string
	// Unit names the unit of a count; empty otherwise.
	Unit string
	// Old and New are the values as the clerk reads them; New is empty
	// for a value left out.
	Old, New string
	// Why says in Vietnamese why a value is left out; empty otherwise.
	Why string
}

// Result is next year's plan.
type Result struct {
	// Old is this year's plan, Plan next year's.
	Old  *plan.Plan
	Plan *plan.Plan
	// Data is the plan as a data file.
	Data []byte
	// Changes lists what changed, in the order of the data file.
	Changes []Change
	// Mentions lists the carried-over texts that name an old year: those
	// that check warns of and "build --final" refuses (plan.Stale).
	Mentions []plan.Mention
	// NoTargets tells a plan whose source gave no reduction targets:
	// every unit's target is 0, for the clerk to fill.
	NoTargets bool
	// lacks says why a count the source does not give is left out.
	lacks string
}

// Make makes next year's plan from old and the filled sheet s, read for
// old. name is the name of the data file to be written, for the problems
// the new plan may have: a problem of a count of the sheet names its sheet
// and cell. Problems come back as a dataerr.List, and then there is no
// plan.
func Make(old *plan.Plan, s *figures.Sheet, sheetName, name string) (*Result, error) {
	return MakeFrom(old, FromSheet(s, sheetName), name)
}

// MakeFrom makes next year's plan from old and the counts of src, as Make
// does from a sheet: a problem of a count names where src gives it.
func MakeFrom(old *plan.Plan, src Source, name string) (*Result, error) {
	np := *old
	res := &Result{Old: old, Plan: &np, NoTargets: !src.Targets, lacks: src.Lacks}
	change := func(field, o, n, why string) {
		res.Changes = append(res.Changes, Change{Field: field, Old: o, New: n, Why: why})
	}
	d := &np.Document
	d.Year = old.Document.Year + 1
	change("document.year", strconv.Itoa(old.Document.Year), strconv.Itoa(d.Year), "")
	if d.Number != 0 {
		change("document.number", strconv.Itoa(d.Number), "", "bản dự thảo chưa có số")
		d.Number = 0
	}
	if d.Date != "" {
		change("document.date", d.Date, "", "bản dự thảo chưa có ngày ban hành")
		d.Date = ""
	}
	if d.Draft {
		change("document.draft", "true", "", "chưa có số và ngày thì đã là bản dự thảo")
		d.Draft = false
	}
	if d.State != "" {
		change("document.state", d.State, "", "chưa có số và ngày thì đã là bản dự thảo")
		d.State = ""
	}
	if len(d.KeepYears) > 0 {
		// What was kept on purpose last year is looked at again.
		change("document.keep_years", strings.Join(d.KeepYears, ", "), "", "năm mới: xem lại từng câu nhắc năm cũ")
		d.KeepYears = nil
	}
	if np.Issuer.Superior == nil {
		np.Issuer.Superior = []string{}
	}

	sv := &np.Survey
	sv.Year = old.Document.Year
	change("survey.year", strconv.Itoa(old.Survey.Year), strconv.Itoa(sv.Year), "")
	for _, c := range plan.UnitCounts() {
		at := c.Area(sv)
		if at == nil || *at == nil {
			continue
		}
		why := "số liệu của năm trước; " + src.Lacks
		if src.Gives(c.Key) {
			why = "tính từ số liệu của từng đơn vị " + src.Within
		}
		change("survey."+c.Key, vnfmt.Int(**at), "", why)
		*at = nil
	}

	np.Units = make([]plan.Unit, len(old.Units))
	for i := range old.Units {
		o, n := &old.Units[i], &np.Units[i]
		*n = src.Units[i]
		n.Name = o.Name
		field := func(key string) string { return "units[" + strconv.Itoa(i) + "]." + key }
		for _, c := range plan.UnitCounts() {
			was, now := c.Of(o), c.Of(n)
			switch {
			case was == nil && now == nil:
			case was == nil:
				res.Changes = append(res.Changes, Change{Field: field(c.Key), Unit: o.Name, Old: "", New: vnfmt.Int(*now)})
			case now == nil:
				res.Changes = append(res.Changes, Change{Field: field(c.Key), Unit: o.Name, Old: vnfmt.Int(*was), Why: src.Lacks})
			case *was != *now:
				res.Changes = append(res.Changes, Change{Field: field(c.Key), Unit: o.Name, Old: vnfmt.Int(*was), New: vnfmt.Int(*now)})
			}
		}
		if o.Poor != nil {
			res.Changes = append(res.Changes, Change{Field: field("poor"), Unit: o.Name, Old: vnfmt.Int(*o.Poor), Why: "tự tính bằng CS GN + BTXH"})
		}
	}

	if errs := checkNew(&np, src, name); len(errs) > 0 {
		return nil, errs
	}
	res.Data = printPlan(&np, res.NoTargets)
	back, err := load.Read(name, res.Data)
	if err != nil {
		return nil, fmt.Errorf("nextyear: the data file written does not load: %w", err)
	}
	if !reflect.DeepEqual(back, &np) {
		return nil, fmt.Errorf("nextyear: the data file written loads to another plan")
	}
	res.Mentions = plan.Stale(&np)
	return res, nil
}

// checkNew checks the new plan as the loader would, and places each
// problem: a count of a unit where src gives it, any other in the data
// file to be written.
func checkNew(np *plan.Plan, src Source, name string) dataerr.List {
	var errs dataerr.List
	written := func(path string) bool { _, ok := src.Place(path); return ok }
	for _, pr := range plan.Check(np, plan.Input{CanDraw: fonts.CanDraw, Written: written}) {
		e := dataerr.Error{File: name, Field: pr.Field, Message: pr.Message}
		if at, ok := src.Place(pr.Field); ok {
			at.Message = pr.Message
			e = at
		}
		errs = append(errs, e)
	}
	return errs
}
