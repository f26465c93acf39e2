package plan

import (
	"fmt"
	"sort"
	"strings"
)

// Check reports every problem of p at once, in file order where possible:
// missing required fields, counts that contradict each other, impossible
// dates, duplicate units, and text the printed document cannot show. A nil
// result means p can be rendered.
//
// in tells Check what the plan alone does not: which runes the font can
// draw and which fields the data file writes.
//
// Field paths follow the data file: "document.number", "units[5].reduction",
// "responsibilities[2].duties[0]", indexes counting from 0. Messages are in
// Vietnamese, for the clerk who wrote the file.
func Check(p *Plan, in Input) []Problem {
	c := &checker{canDraw: in.CanDraw, written: in.Written}
	c.document(p)
	c.issuer(&p.Issuer)
	c.survey(p)
	units := c.units(p.Units)
	c.breakdown(p)
	c.area(p, units)
	c.responsibilities(p.Responsibilities)
	c.signer(&p.Signer)
	c.recipients(&p.Recipients)
	c.limits(p)
	c.texts(p)
	c.keepYears(p)
	sortByField(c.problems)
	return c.problems
}

// Input is what Check needs to know beyond the plan itself.
type Input struct {
	// CanDraw tells whether the document's font has a glyph for a rune; a
	// problem names the font as Liberation Serif, the font the renderer
	// embeds. Nil accepts every printable rune.
	CanDraw func(r rune) bool
	// Written tells whether the data file writes the field at path (as in
	// Problem.Field), so that a required number written as 0 is told from
	// one left out. Nil takes every zero for a number left out.
	Written func(path string) bool
}

// checker collects the problems of one plan.
type checker struct {
	canDraw  func(r rune) bool
	written  func(path string) bool
	problems []Problem
	// ascii keeps whether each ASCII rune may stand in a text: 0 unknown,
	// 1 yes, 2 no.
	ascii [128]uint8
}

// add records a problem of field.
func (c *checker) add(field, format string, args ...any) {
	c.problems = append(c.problems, Problem{Field: field, Message: fmt.Sprintf(format, args...)})
}

// missing records that a required field is absent or empty; what describes
// the field to the clerk.
func (c *checker) missing(field, what string) {
	c.add(field, "thiếu trường bắt buộc: %s", what)
}

// zero records a required number that is 0: as missing when the file
// leaves it out, else as a value that breaks rule.
func (c *checker) zero(field, what, rule string) {
	if c.written == nil || !c.written(field) {
		c.missing(field, what)
		return
	}
	c.add(field, "%s (0) %s", what, rule)
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// sortByField orders problems as their fields appear in the data file: by
// section, then by entry of a list of tables, keeping the order of the checks
// within one entry.
func sortByField(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		si, ei := fieldRank(ps[i].Field)
		sj, ej := fieldRank(ps[j].Field)
		if si != sj {
			return si < sj
		}
		return ei < ej
	})
}
