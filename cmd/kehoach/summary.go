package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/kehoach/kehoach/internal/batch"
	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/output"
	"github.com/kehoach/kehoach/internal/plan"
	"github.com/kehoach/kehoach/internal/vnfmt"
)

// Kinds of failure, as the JSON summary names them.
const (
	kindData  = "data"  // the data file has errors
	kindRead  = "read"  // the data file, or a folder, cannot be read
	kindWrite = "write" // the documents cannot be written
	kindOther = "other"
)

// summary is the end of a run: what was built, what failed, what was not
// done, each sorted by input path, and the exit code.
type summary struct {
	Command     string       `json:"command"`
	Interrupted bool         `json:"interrupted"`
	ExitCode    int          `json:"exit_code"`
	Built       []builtFile  `json:"built"`
	Failed      []failedFile `json:"failed"`
	NotRun      []string     `json:"not_run"`
	// Counts count the documents built by kind and state (not for
	// check, which names no kind).
	Counts   []count `json:"counts"`
	failures []batch.Outcome
	warned   []batch.Outcome
}

// builtFile is one data file done: the documents written from it (none for
// check), the plan's state, "dự thảo", "trình ký số" or "ban hành", and
// the plan it holds (not for check).
type builtFile struct {
	Input string   `json:"input"`
	Files []string `json:"files"`
	// State names the plan's state; a check has no planFields to name it.
	State string `json:"state"`
	// Warnings are the texts that still name an old year.
	Warnings []jsonError `json:"warnings,omitempty"`
	*planFields
}

// failedFile is one data file that failed, with every problem, and the plan
// it holds when it was built before it failed (refused by --final, or its
// documents could not be written).
type failedFile struct {
	Input  string      `json:"input"`
	Kind   string      `json:"kind"`
	Errors []jsonError `json:"errors"`
	*planFields
}

// planFields say which document a data file holds: its kind ("kế hoạch",
// "báo cáo") and type symbol, its number as printed, its issuer, its year,
// whether it is a draft and its state's name.
type planFields struct {
	Kind   string `json:"document_kind"`
	Type   string `json:"type"`
	Number string `json:"number"`
	Issuer string `json:"issuer"`
	Year   int    `json:"year"`
	Draft  bool   `json:"draft"`
	State  string `json:"state"`
}

// newPlanFields are the fields of p; nil when p is.
func newPlanFields(p *batch.Plan) *planFields {
	if p == nil {
		return nil
	}
	return &planFields{Kind: p.Kind, Type: p.Type, Number: p.Number, Issuer: p.Issuer, Year: p.Year, Draft: p.State == plan.StateDraft, State: p.State.String()}
}

// jsonError is one problem: a data error with its place, or another error
// naming its file.
type jsonError struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Sheet   string `json:"sheet,omitempty"`
	Cell    string `json:"cell,omitempty"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// summarize sorts the outcomes of a run by input path and chooses the exit
// code: exitInterrupted when the run was stopped, exitOther when documents
// could not be written, exitData when a data file could not be built.
func summarize(command string, outcomes []batch.Outcome, interrupted bool) *summary {
	sorted := make([]batch.Outcome, len(outcomes))
	copy(sorted, outcomes)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Job.Input < sorted[j].Job.Input })
	s := &summary{Command: command, Interrupted: interrupted, Built: []builtFile{}, Failed: []failedFile{}, NotRun: []string{}}
	for _, o := range sorted {
		switch {
		case o.NotRun:
			s.NotRun = append(s.NotRun, o.Job.Input)
		case o.Err == nil:
			files := o.Written
			if files == nil {
				files = []string{}
			}
			b := builtFile{Input: o.Job.Input, Files: files, State: o.State.String(), planFields: newPlanFields(o.Plan)}
			for _, e := range o.Warnings {
				b.Warnings = append(b.Warnings, jsonOf(e))
			}
			if len(o.Warnings) > 0 {
				s.warned = append(s.warned, o)
			}
			s.Built = append(s.Built, b)
		default:
			s.failures = append(s.failures, o)
			f := failedFile{Input: o.Job.Input, Kind: kindOf(o.Err), planFields: newPlanFields(o.Plan)}
			var errs dataerr.List
			if errors.As(o.Err, &errs) {
				for _, e := range errs {
					f.Errors = append(f.Errors, jsonOf(e))
				}
			} else {
				f.Errors = []jsonError{{File: fileOf(o.Err, o.Job.Input), Message: failureLine(o)}}
			}
			s.Failed = append(s.Failed, f)
			if f.Kind == kindData || f.Kind == kindRead {
				s.ExitCode = max(s.ExitCode, exitData)
			} else {
				s.ExitCode = exitOther
			}
		}
	}
	if interrupted {
		s.ExitCode = exitInterrupted
	}
	s.Counts = s.count()
	return s
}

// count is how many documents of one kind were built in one state.
type count struct {
	Kind  string `json:"document_kind"`
	State string `json:"state"`
	Files int    `json:"files"`
}

// count counts the documents built by kind, in the order of their names,
// and in each kind by state, in the order of the states. A check names no
// kind: it counts nothing.
func (s *summary) count() []count {
	n := map[string]map[string]int{}
	for _, b := range s.Built {
		if b.planFields == nil {
			continue
		}
		if n[b.Kind] == nil {
			n[b.Kind] = map[string]int{}
		}
		n[b.Kind][b.State]++
	}
	kinds := slices.Sorted(maps.Keys(n))
	out := []count{}
	for _, k := range kinds {
		for st := plan.StateDraft; st <= plan.StateIssued; st++ {
			if c := n[k][st.String()]; c > 0 {
				out = append(out, count{Kind: k, State: st.String(), Files: c})
			}
		}
	}
	return out
}

// jsonOf is a data error as the JSON summary gives it.
func jsonOf(e dataerr.Error) jsonError {
	return jsonError{File: e.File, Line: e.Line, Column: e.Column, Sheet: e.Sheet, Cell: e.Cell, Field: e.Field, Message: e.Message}
}

// kindOf tells what a job's failure is about.
func kindOf(err error) string {
	var (
		errs    dataerr.List
		outErr  *output.Error
		pathErr *fs.PathError
	)
	switch {
	case errors.As(err, &errs):
		return kindData
	case errors.As(err, &outErr):
		return kindWrite
	case errors.As(err, &pathErr):
		return kindRead
	}
	return kindOther
}

// fileOf is the file a failure names: the document that cannot be
// written, the file that cannot be read, or else the input.
func fileOf(err error, input string) string {
	var (
		outErr  *output.Error
		pathErr *fs.PathError
	)
	switch {
	case errors.As(err, &outErr):
		return outErr.Path
	case errors.As(err, &pathErr):
		return pathErr.Path
	}
	return input
}

// failureLine says in Vietnamese why a job failed other than by its data,
// naming its data file.
func failureLine(o batch.Outcome) string {
	line := describe(o.Err)
	if !strings.Contains(line, o.Job.Input) {
		line = o.Job.Input + ": " + line
	}
	return line
}

// writeText prints every warning, the plans built, then every failure,
// each sorted by input path, then the counts.
func (s *summary) writeText(w io.Writer) {
	for _, o := range s.warned {
		for _, e := range o.Warnings {
			fmt.Fprintln(w, "cảnh báo: "+e.Error())
		}
		fmt.Fprintf(w, "%s: có %d câu cần sửa trước khi ban hành (xem cảnh báo ở trên); bản chính thức (build --final) sẽ bị từ chối cho đến khi sửa.\n",
			o.Job.Input, len(o.Warnings))
	}
	if s.Command != "batch" && len(s.Built)+len(s.Failed)+len(s.NotRun) <= 1 && !s.Interrupted {
		s.writeFailures(w)
		return // one file: its lines say it all
	}
	s.writePlans(w)
	s.writeFailures(w)
	fmt.Fprintln(w, s.tally())
}

// writePlans prints one line for each plan built: its data file, its state,
// number, issuer and year.
func (s *summary) writePlans(w io.Writer) {
	for _, b := range s.Built {
		if b.planFields != nil {
			fmt.Fprintf(w, "%s: %s.\n", b.Input, b.planFields.text())
		}
	}
}

// text names a document in Vietnamese: "kế hoạch, ban hành, số
// 44/KH-UBND, Ủy ban nhân dân huyện Cam Lộ, năm 2021"; a draft's blank
// number is shown as "…".
func (p *planFields) text() string {
	number := p.Number
	if strings.HasPrefix(number, "/") {
		number = "…" + number
	}
	return fmt.Sprintf("%s, %s, số %s, %s, năm %d", p.Kind, p.State, number, p.Issuer, p.Year)
}

// writeFailures prints every failure, sorted by input path.
func (s *summary) writeFailures(w io.Writer) {
	for _, o := range s.failures {
		var errs dataerr.List
		if errors.As(o.Err, &errs) {
			for _, e := range errs {
				fmt.Fprintln(w, e.Error())
			}
			fmt.Fprintf(w, "%s: có %d lỗi trong dữ liệu; không ghi tệp nào.\n", o.Job.Input, len(errs))
			continue
		}
		fmt.Fprintf(w, "%s.\n", strings.TrimSuffix(failureLine(o), "."))
	}
}

// tally counts what was done, in one Vietnamese sentence.
func (s *summary) tally() string {
	notDone := "chưa lập"
	docs := 0
	for _, b := range s.Built {
		docs += len(b.Files)
	}
	what := fmt.Sprintf("đã lập %s tệp dữ liệu (%s văn bản%s)", vnfmt.Int(len(s.Built)), vnfmt.Int(docs), s.states("; "))
	if s.Command == "check" {
		notDone = "chưa kiểm tra"
		what = fmt.Sprintf("%s tệp dữ liệu hợp lệ", vnfmt.Int(len(s.Built)))
		if states := s.states(""); states != "" {
			what += " (" + states + ")"
		}
	}
	parts := []string{what}
	if len(s.Failed) > 0 {
		parts = append(parts, fmt.Sprintf("%s tệp lỗi", vnfmt.Int(len(s.Failed))))
	}
	if s.Interrupted {
		parts = append(parts, fmt.Sprintf("%s tệp %s", vnfmt.Int(len(s.NotRun)), notDone))
		return "Đã dừng theo yêu cầu: " + strings.Join(parts, ", ") + "; không để lại tệp dở dang nào."
	}
	return "Tổng kết: " + strings.Join(parts, ", ") + "."
}

// states counts the documents done in each kind and state after lead:
// "; 2 kế hoạch: 1 dự thảo, 1 ban hành; 1 báo cáo: 1 ban hành" (see
// Counts), or for a check, which names no kind, in each state: "; 1 dự
// thảo, 2 ban hành"; "" when none was done.
func (s *summary) states(lead string) string {
	if len(s.Counts) > 0 {
		var kinds []string
		for i, c := range s.Counts {
			if i > 0 && s.Counts[i-1].Kind == c.Kind {
				kinds[len(kinds)-1] += ", " + vnfmt.Int(c.Files) + " " + c.State
				continue
			}
			total := 0
			for _, d := range s.Counts {
				if d.Kind == c.Kind {
					total += d.Files
				}
			}
			kinds = append(kinds, fmt.Sprintf("%s %s: %s %s", vnfmt.Int(total), c.Kind, vnfmt.Int(c.Files), c.State))
		}
		return lead + strings.Join(kinds, "; ")
	}
	n := map[string]int{}
	for _, b := range s.Built {
		n[b.State]++
	}
	var parts []string
	for st := plan.StateDraft; st <= plan.StateIssued; st++ {
		if c := n[st.String()]; c > 0 {
			parts = append(parts, vnfmt.Int(c)+" "+st.String())
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return lead + strings.Join(parts, ", ")
}

// writeJSON prints the summary as JSON, for scripts.
func (s *summary) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(s)
}
