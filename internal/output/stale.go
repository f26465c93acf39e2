package output

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// cleaned holds the folders that removeStale has looked at in this process.
var cleaned sync.Map

// removeStale removes, from dir, the temporary files that kehoach runs of
// this computer left behind when they were killed: those whose process no
// longer runs. A file of another computer (a shared folder), of a running
// process, of an older kehoach that named no computer, or of another
// program is left, however old: its owner may still need it. So is a
// former file kept for undo (".old"): when a rollback failed, it holds the
// only copy of a file's former content. It looks at
// each folder once in a process: a batch writes hundreds of files to one
// folder, and no run leaves files behind while this one runs but one
// killed meanwhile, which the next run removes.
func removeStale(dir string) {
	host, known := thisHost()
	if !known {
		return
	}
	if _, seen := cleaned.LoadOrStore(filepath.Clean(dir), true); seen {
		return
	}
	matches, _ := filepath.Glob(filepath.Join(dir, ".*.kehoach-*.tmp*"))
	for _, m := range matches {
		if strings.HasSuffix(m, ".old") {
			continue // a former file kept for undo, maybe its only copy
		}
		owner, pid, ok := tmpOwner(filepath.Base(m))
		if !ok || owner != host || pid == os.Getpid() {
			continue
		}
		fi, err := os.Lstat(m)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if !alive(pid) {
			os.Remove(m)
		}
	}
}

// thisHost is the tag of this computer in temporary files' names: eight
// hex digits of a hash of its host name, the same in every run. known is
// false when the host name cannot be read: the tag then names no computer
// and removeStale removes nothing.
var thisHost = sync.OnceValues(func() (tag string, known bool) {
	name, err := os.Hostname()
	if err != nil || name == "" {
		return "0", false
	}
	sum := sha256.Sum256([]byte("kehoach host " + strings.ToLower(name)))
	return hex.EncodeToString(sum[:4]), true
})

// tmpOwner reads the computer's tag and the process id out of a temporary
// file's name ".<name>.kehoach-<host>-<pid>-<random>.tmp", with an optional
// ".old" suffix.
func tmpOwner(name string) (host string, pid int, ok bool) {
	name = strings.TrimSuffix(name, ".old")
	if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
		return "", 0, false
	}
	i := strings.LastIndex(name, ".kehoach-")
	if i < 0 {
		return "", 0, false
	}
	parts := strings.Split(strings.TrimSuffix(name[i+len(".kehoach-"):], ".tmp"), "-")
	if len(parts) != 3 || parts[0] == "" || parts[2] == "" {
		return "", 0, false
	}
	pid, err := strconv.Atoi(parts[1])
	if err != nil || pid <= 0 {
		return "", 0, false
	}
	return parts[0], pid, true
}
