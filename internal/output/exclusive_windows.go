package output

import "syscall"

// renameExclusiveSys renames from to to unless to exists (fs.ErrExist):
// MoveFile never replaces a file.
func renameExclusiveSys(from, to string) error {
	f, err := syscall.UTF16PtrFromString(from)
	if err != nil {
		return err
	}
	t, err := syscall.UTF16PtrFromString(to)
	if err != nil {
		return err
	}
	return syscall.MoveFile(f, t)
}
