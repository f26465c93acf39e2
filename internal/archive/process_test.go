package archive

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kehoach/kehoach/internal/engine"
)

// The tests below run archive runs as separate processes: this test binary,
// started again with helperEnv set, runs helperMain instead of the tests.
const helperEnv = "KEHOACH_ARCHIVE_TEST_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		os.Exit(helperMain(os.Args[len(os.Args)-3:]))
	}
	os.Exit(m.Run())
}

// helperMain archives one data file: args are the archive, the data file
// and a step at which to stop and wait to be killed ("" for none). At that
// step it prints "paused" and waits. It prints "added vN" or
// "unchanged vN" when done.
func helperMain(args []string) int {
	root, data, pause := args[0], args[1], args[2]
	src, _, err := engine.ReadSource(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	// pause is a step, with how long to stay there after a slash: an
	// hour by default, for the test to kill the run.
	step, during, _ := strings.Cut(pause, "/")
	wait, err := time.ParseDuration(during)
	if err != nil {
		wait = time.Hour
	}
	opt := Options{Hook: func(s Step) {
		if string(s) == step {
			fmt.Println("paused")
			// Sleep rather than block forever, which the runtime would
			// end as a deadlock before the kill.
			time.Sleep(wait)
		}
	}}
	a := newArchive(nil, root, opt)
	added, err := a.Add(context.Background(), src, time.Now())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	what := "added"
	if added.Unchanged {
		what = "unchanged"
	}
	fmt.Printf("%s v%d\n", what, added.Version.Version)
	return 0
}

// helper returns the command of an archive run in another process.
func helper(t *testing.T, root, data, pause string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", root, data, pause)
	cmd.Env = append(os.Environ(), helperEnv+"=1")
	return cmd
}

// writeData writes the sample data, changed by edit, to a file in dir.
func writeData(t *testing.T, dir, edit string) string {
	t.Helper()
	path := filepath.Join(dir, fmt.Sprintf("data-%x.toml", len(edit)))
	if err := os.WriteFile(path, sampleSource(t, edit).Data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestConcurrentProcesses starts archive runs on one document at once, in
// separate processes: with two different data files both versions land,
// numbered 1 and 2, and with the same data file exactly one version does.
func TestConcurrentProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	tests := []struct {
		name  string
		edits []string
		want  []string // outputs, sorted
	}{
		{"different data", []string{"", " (bổ sung)", " (sửa lần 2)"}, []string{"added v1", "added v2", "added v3"}},
		{"same data", []string{"", "", ""}, []string{"added v1", "unchanged v1", "unchanged v1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for round := range 3 {
				root := filepath.Join(t.TempDir(), "luu-tru")
				data := t.TempDir()
				cmds := make([]*exec.Cmd, len(tt.edits))
				outs := make([]strings.Builder, len(tt.edits))
				for i, edit := range tt.edits {
					cmds[i] = helper(t, root, writeData(t, data, edit), "")
					cmds[i].Stdout, cmds[i].Stderr = &outs[i], &outs[i]
				}
				for _, c := range cmds {
					if err := c.Start(); err != nil {
						t.Fatal(err)
					}
				}
				var got []string
				for i, c := range cmds {
					if err := c.Wait(); err != nil {
						t.Fatalf("round %d: run %d: %v\n%s", round, i, err, outs[i].String())
					}
					got = append(got, strings.TrimSpace(outs[i].String()))
				}
				slices.Sort(got)
				if !slices.Equal(got, tt.want) {
					t.Errorf("round %d: runs said %q, want %q", round, got, tt.want)
				}
				m := manifestOf(t, root)
				if len(m.Versions) != len(slices.Compact(slices.Clone(tt.edits))) {
					t.Errorf("round %d: manifest lists %d versions", round, len(m.Versions))
				}
				sources := map[string]bool{}
				for _, v := range m.Versions {
					sources[v.SourceSHA256] = true
				}
				if len(sources) != len(m.Versions) {
					t.Errorf("round %d: one data file archived twice", round)
				}
				verifyOK(t, root)
			}
		})
	}
}

// TestKilledRun kills an archive run (SIGKILL) at each step: the archive
// is left as it was, or with a complete PDF that Verify names as not yet
// recorded and that the next run records; the lock of the killed run does
// not block the next one.
func TestKilledRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	tests := []struct {
		step Step
		// first: the killed run archives the first version.
		first bool
		// pending: the killed run's PDF is in place, not recorded.
		pending bool
	}{
		{StepLocked, false, false},
		{StepPlaced, false, true},
		{StepRecorded, false, false},
		{StepLocked, true, false},
		{StepPlaced, true, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s first=%v", tt.step, tt.first), func(t *testing.T) {
			root := filepath.Join(t.TempDir(), "luu-tru")
			want := 2
			if tt.first {
				want = 1
			} else {
				add(t, root, sampleSource(t, ""))
			}
			data := writeData(t, t.TempDir(), " (bổ sung)")
			cmd := helper(t, root, data, string(tt.step))
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(out).ReadString('\n')
			if line != "paused\n" {
				cmd.Process.Kill()
				t.Fatalf("helper said %q", line)
			}
			cmd.Process.Kill() // SIGKILL
			cmd.Wait()

			r, err := Verify(context.Background(), root)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tt.pending:
				if len(r.Problems) != 1 || !strings.HasSuffix(r.Problems[0].File, versionFile(want)) ||
					!strings.Contains(r.Problems[0].Message, "chưa được ghi vào sổ") {
					t.Errorf("verify after the kill: %v", r.Problems)
				}
			default:
				for _, p := range r.Problems {
					t.Errorf("verify after the kill: %s", p.Error())
				}
			}

			// The next run is not blocked by the dead run's lock and
			// leaves a complete archive.
			a := newArchive(t, root, Options{LockWait: 5 * time.Second})
			src := sampleSource(t, " (bổ sung)")
			added, err := a.Add(context.Background(), src, when)
			if err != nil {
				t.Fatal(err)
			}
			if tt.pending != (len(added.Recovered) == 1) {
				t.Errorf("recovered %v", added.Recovered)
			}
			wantUnchanged := tt.step != StepLocked
			if added.Unchanged != wantUnchanged || added.Version.Version != want {
				t.Errorf("next run: unchanged %v, version %d; want %v, %d", added.Unchanged, added.Version.Version, wantUnchanged, want)
			}
			if m := manifestOf(t, root); len(m.Versions) != want || m.Versions[want-1].Recovered != tt.pending {
				t.Errorf("manifest: %+v", m.Versions)
			}
			verifyOK(t, root)
		})
	}
}

// TestVerifyWaitsForRun: Verify run while another process is between
// putting its PDF in place and recording it waits for the record, and
// finds nothing wrong.
func TestVerifyWaitsForRun(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	root := filepath.Join(t.TempDir(), "luu-tru")
	add(t, root, sampleSource(t, ""))
	cmd := helper(t, root, writeData(t, t.TempDir(), " (bổ sung)"), string(StepPlaced)+"/500ms")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	rd := bufio.NewReader(out)
	if line, _ := rd.ReadString('\n'); line != "paused\n" {
		cmd.Process.Kill()
		t.Fatalf("helper said %q", line)
	}
	r := verifyOK(t, root)
	if r.Versions != 2 {
		t.Errorf("verify saw %d versions, want the 2 of the finished run", r.Versions)
	}
	if line, _ := rd.ReadString('\n'); line != "added v2\n" {
		t.Errorf("helper said %q", line)
	}
}
