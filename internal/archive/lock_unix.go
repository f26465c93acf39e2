//go:build unix

package archive

import "syscall"

// noFollow makes opening the lock file fail on a link.
const noFollow = syscall.O_NOFOLLOW
