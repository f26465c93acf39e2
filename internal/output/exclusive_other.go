//go:build !linux && !darwin && !windows

package output

import "errors"

// renameExclusiveSys fails: this system has no rename that never replaces.
func renameExclusiveSys(string, string) error { return errors.ErrUnsupported }
