package plan

// Problem is one contradiction or missing fact found in a plan. Field is the
// path of the offending value in the data file, in the form
// "units[5].reduction" (indexes count from 0, as the entries appear in the
// file); Message says in Vietnamese what is wrong.
type Problem struct {
	Field   string
	Message string
}
