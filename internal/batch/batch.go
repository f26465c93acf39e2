// Package batch runs many plans through one engine.Engine: it turns the
// files and folders a user names into jobs (each data file and the folder
// and name of its documents), refuses two jobs that would write the same
// documents before anything is written, and runs the jobs on parallel
// workers. A worker holds one plan at a time and writes its documents
// itself, so that memory does not grow with the number of plans; one job's
// failure never stops the others, and a cancelled context stops them all
// with no partial file left.
package batch

// Job is one data file to build and where its documents go.
type Job struct {
	// Input is the data file as the user named it, or as found in a
	// folder the user named.
	Input string
	// Dir and Base place the documents: Dir/Base.pdf, Dir/Base.docx.
	Dir, Base string
	// Err is a problem found while listing the jobs (a folder that cannot
	// be read); such a job fails without being run.
	Err error
}
