package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseArgs parses args with fs and returns the operands (the files). Flags
// and files may come in any order, as users type them ("build x.toml -o
// d"); "--" ends the flags, so that a file whose name starts with "-" can be
// named. The flag package's own messages are English: its failures become
// Vietnamese usage errors. For -h it prints usage and returns flag.ErrHelp.
func parseArgs(fs *flag.FlagSet, args []string, usage string, stdout io.Writer) ([]string, error) {
	flags, files := splitArgs(fs, args)
	fs.SetOutput(io.Discard)
	err := fs.Parse(flags)
	switch {
	case err == nil:
		return append(fs.Args(), files...), nil
	case err == flag.ErrHelp:
		fmt.Fprint(stdout, usage)
		return nil, flag.ErrHelp
	}
	msg := err.Error()
	for en, vi := range map[string]string{
		"flag provided but not defined: ": "không có tùy chọn ",
		"flag needs an argument: ":        "tùy chọn cần một giá trị: ",
	} {
		if rest, ok := strings.CutPrefix(msg, en); ok {
			return nil, usagef("%s%s", vi, rest)
		}
	}
	return nil, usagef("tùy chọn không hợp lệ: %s", msg)
}

// splitArgs separates the flags of args, each with its value, from the
// files, the way fs would read them: a flag that takes a value and has no
// "=" takes the next argument, whatever it is.
func splitArgs(fs *flag.FlagSet, args []string) (flags, files []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return flags, append(files, args[i+1:]...)
		case len(a) < 2 || a[0] != '-':
			files = append(files, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBool(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, files
}

// isBool reports whether f is a flag without value, such as --json.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// helpOK turns the flag.ErrHelp of -h into success.
func helpOK(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}
