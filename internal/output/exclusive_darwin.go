package output

import "golang.org/x/sys/unix"

// renameExclusiveSys renames from to to unless to exists (fs.ErrExist);
// file systems without RENAME_EXCL fail otherwise.
func renameExclusiveSys(from, to string) error {
	return unix.RenamexNp(from, to, unix.RENAME_EXCL)
}
