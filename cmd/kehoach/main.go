// Command kehoach builds Vietnamese administrative plans (KẾ HOẠCH) laid out
// per Nghị định 30/2020/NĐ-CP, as PDF and DOCX, from TOML data files.
//
// main only runs the command and maps its error to an exit code: 0
// success; 1 some data file could not be built (errors in its data, or it
// cannot be read); 2 wrong usage; 3 any other failure (the Word template,
// writing the documents); 130 stopped by an interrupt.
package main

import "os"

func main() {
	ctx, stop := interruptContext(os.Stderr)
	m := NewMain(os.Stdout, os.Stderr)
	code := exitCode(m.Run(ctx, os.Args[1:]), m)
	stop()
	os.Exit(code)
}
