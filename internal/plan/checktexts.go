package plan

import "reflect"

// CheckTexts checks every string of the struct v points to as Check checks
// the texts of a plan: no empty list entry, no text too long, no line
// break, and no rune the document's font cannot draw (canDraw; nil accepts
// every printable rune). Fields are named by their toml tags, so that
// another kind of document checks its own data file's texts.
func CheckTexts(v any, canDraw func(r rune) bool) []Problem {
	c := &checker{canDraw: canDraw}
	eachText(reflect.ValueOf(v).Elem(), c.text)
	return c.problems
}
