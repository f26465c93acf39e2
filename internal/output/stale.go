package output

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// staleAge is the age past which a temporary file of ours is stale whatever
// its process: no write takes that long.
const staleAge = time.Hour

// cleaned holds the folders that removeStale has looked at in this process.
var cleaned sync.Map

// removeStale removes, from dir, the temporary files of kehoach runs that
// are gone: those whose process no longer runs, or older than staleAge.
// Files of running kehoach processes and files of other programs are left.
// It looks at each folder once in a process: a batch writes hundreds of
// files to one folder, and no run leaves files behind while this one runs
// but one killed meanwhile, which the next run removes.
func removeStale(dir string) {
	if _, seen := cleaned.LoadOrStore(filepath.Clean(dir), true); seen {
		return
	}
	matches, _ := filepath.Glob(filepath.Join(dir, ".*.kehoach-*.tmp*"))
	for _, m := range matches {
		pid, ok := tmpPID(filepath.Base(m))
		if !ok || pid == os.Getpid() {
			continue
		}
		fi, err := os.Lstat(m)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if !alive(pid) || time.Since(fi.ModTime()) > staleAge {
			os.Remove(m)
		}
	}
}

// tmpPID reads the process id out of a temporary file's name
// ".<name>.kehoach-<pid>-<random>.tmp", with an optional ".old" suffix.
func tmpPID(name string) (int, bool) {
	name = strings.TrimSuffix(name, ".old")
	if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") {
		return 0, false
	}
	i := strings.LastIndex(name, ".kehoach-")
	if i < 0 {
		return 0, false
	}
	rest := strings.TrimSuffix(name[i+len(".kehoach-"):], ".tmp")
	pidText, random, ok := strings.Cut(rest, "-")
	if !ok || random == "" {
		return 0, false
	}
	pid, err := strconv.Atoi(pidText)
	return pid, err == nil && pid > 0
}
