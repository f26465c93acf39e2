package pdfread

import (
	"encoding/gob"
	"fmt"
	"io"
	"os"
	"time"
)

// childEnv, set to "1" in a process's environment, makes this package's
// init read one PDF from standard input, write what it carries to standard
// output and exit.
const childEnv = "KEHOACH_PDFREAD_CHILD"

func init() {
	if os.Getenv(childEnv) != "1" {
		return
	}
	os.Exit(serve(os.Stdin, os.Stdout, os.Stderr))
}

// request is what the parent sends the child.
type request struct {
	Data   []byte
	Limits Limits
	// Kind is what to read: kindDocument or kindRevisions.
	Kind int
	// Ends are the ends of the revisions to read (kindRevisions).
	Ends []int64
}

// Kinds of request.
const (
	kindDocument  = iota // what the PDF carries: Read
	kindRevisions        // what each revision holds: ReadRevisions
)

// response is what the child answers: Doc or Revs, or Err saying why not.
type response struct {
	Doc  *Document
	Revs *Revisions
	Err  string
}

// Exit codes of the child besides 0 and the Go runtime's 2.
const (
	exitProtocol = 3 // the request could not be read or the answer written
	exitTimeout  = 4 // the child's own clock ran out
)

// serve answers one request read from in on out, under the request's
// limits, and returns the exit code.
func serve(in io.Reader, out, errOut io.Writer) int {
	var req request
	if err := gob.NewDecoder(io.LimitReader(in, MaxInput+4096)).Decode(&req); err != nil {
		fmt.Fprintln(errOut, "pdfread: read request:", err)
		return exitProtocol
	}
	lim := req.Limits.withDefaults()
	// The parent kills the child when its time is up; the child's own
	// clock ends it too if the parent died first.
	time.AfterFunc(lim.Timeout+time.Second, func() { os.Exit(exitTimeout) })
	if err := limitMemory(lim.Memory); err != nil {
		fmt.Fprintln(errOut, "pdfread: limit memory:", err)
		return exitProtocol
	}
	var resp response
	var err error
	switch req.Kind {
	case kindRevisions:
		resp.Revs, err = parseRevisions(req.Data, req.Ends)
	default:
		resp.Doc, err = parse(req.Data, lim.MaxFile)
	}
	if err != nil {
		resp.Err = err.Error()
	}
	if err := gob.NewEncoder(out).Encode(&resp); err != nil {
		fmt.Fprintln(errOut, "pdfread: write answer:", err)
		return exitProtocol
	}
	return 0
}
