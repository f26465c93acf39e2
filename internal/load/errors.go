package load

import (
	"strconv"
	"strings"
)

// Error is one problem of a data file, located by line and field for the
// clerk who must fix it. Message is in Vietnamese.
type Error struct {
	// File is the name of the data file, as given to Read.
	File string
	// Line is the line of the offending key, or of its table when the key is
	// missing; 0 when unknown.
	Line int
	// Field is the path of the offending value, "units[5].reduction"; empty
	// for a syntax error.
	Field string
	// Message says what is wrong, in Vietnamese.
	Message string
}

// Error returns the problem as one Vietnamese sentence, for example
//
//	data/cam-lo-2021.toml, dòng 23, trường units[5].reduction: số hộ giảm nghèo (40) lớn hơn số hộ nghèo (38 = 0 hộ CS GN + 38 hộ BTXH).
//
// The line, field or file is left out when unknown.
func (e Error) Error() string {
	var where []string
	if e.File != "" {
		where = append(where, e.File)
	}
	if e.Line > 0 {
		where = append(where, "dòng "+strconv.Itoa(e.Line))
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

// Errors lists every problem found in a data file, in file order. Read
// returns it, as its error, whenever the file cannot make a plan; any other
// error of Read or ReadFile is not about the data. Tell them apart with
//
//	var errs load.Errors
//	if errors.As(err, &errs) {
//		// show errs to the clerk, one line per problem
//	}
type Errors []Error

// Error returns one line per problem.
func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, err := range e {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}

// Problems returns the number of problems.
func (e Errors) Problems() int { return len(e) }
