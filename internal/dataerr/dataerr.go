// Package dataerr is the one error type of every data source a plan can be
// read from: a TOML data file today, a spreadsheet of the communes' figures,
// or a document that cannot be laid out. Each problem names where the clerk
// must look (file, line and column, or sheet and cell) and the field, and
// says what is wrong in Vietnamese.
package dataerr

import (
	"strconv"
	"strings"
)

// Error is one problem of a data source, located for the clerk who must fix
// it. Message is in Vietnamese.
type Error struct {
	// File is the name of the data source as the user gave it.
	File string
	// Line and Column locate the problem in a text file (from 1); 0 when
	// unknown.
	Line, Column int
	// Sheet and Cell locate the problem in a spreadsheet: the sheet's
	// name and a cell reference such as "C7"; empty otherwise.
	Sheet, Cell string
	// Field is the path of the offending value, "units[5].reduction"; empty
	// when the problem is not about one value (a syntax error).
	Field string
	// Message says what is wrong, in Vietnamese.
	Message string
}

// Error returns the problem as one Vietnamese sentence, for example
//
//	data/cam-lo-2021.toml, dòng 23, trường units[5].reduction: số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38 = 0 hộ CS GN + 38 hộ BTXH).
//
// What is unknown (line, column, sheet, cell, field or file) is left out.
func (e Error) Error() string {
	var where []string
	if e.File != "" {
		where = append(where, e.File)
	}
	if e.Sheet != "" {
		where = append(where, "trang tính "+strconv.Quote(e.Sheet))
	}
	if e.Cell != "" {
		where = append(where, "ô "+e.Cell)
	}
	if e.Line > 0 {
		where = append(where, "dòng "+strconv.Itoa(e.Line))
	}
	if e.Column > 0 {
		where = append(where, "cột "+strconv.Itoa(e.Column))
	}
	if e.Field != "" {
		where = append(where, "trường "+e.Field)
	}
	msg := e.Message
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "?") {
		msg += "."
	}
	if len(where) == 0 {
		return msg
	}
	return strings.Join(where, ", ") + ": " + msg
}

// List is every problem found in one data source, in the order the clerk
// reads them. Whatever reads or checks data returns a List, as its error,
// whenever the data cannot make a document; any other error is not about
// the data. Tell them apart with
//
//	var errs dataerr.List
//	if errors.As(err, &errs) {
//		// show errs to the clerk, one line per problem
//	}
type List []Error

// Error returns one line per problem.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, err := range l {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}
