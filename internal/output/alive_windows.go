package output

import (
	"errors"
	"syscall"
)

// alive reports whether a process with this id runs. A process that cannot
// be asked (access denied) is taken to run.
func alive(pid int) bool {
	const (
		queryLimitedInformation = 0x1000 // PROCESS_QUERY_LIMITED_INFORMATION
		invalidParameter        = syscall.Errno(87)
		stillActive             = 259
	)
	h, err := syscall.OpenProcess(queryLimitedInformation, false, uint32(pid))
	if err != nil {
		return !errors.Is(err, invalidParameter) // no process has this id
	}
	defer syscall.CloseHandle(h)
	var code uint32
	if err := syscall.GetExitCodeProcess(h, &code); err != nil {
		return true
	}
	return code == stillActive
}
