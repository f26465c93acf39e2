package output

import "golang.org/x/sys/unix"

// renameExclusiveSys renames from to to unless to exists (fs.ErrExist);
// file systems without RENAME_NOREPLACE fail otherwise.
func renameExclusiveSys(from, to string) error {
	return unix.Renameat2(unix.AT_FDCWD, from, unix.AT_FDCWD, to, unix.RENAME_NOREPLACE)
}
