package report

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/kehoach/kehoach/internal/dataerr"
	"github.com/kehoach/kehoach/internal/kind"
	"github.com/kehoach/kehoach/internal/load"
	"github.com/kehoach/kehoach/internal/plan"
)

// FuzzRead checks that Read never panics and returns either a report whose
// table can be computed, or a dataerr.List whose every entry names a
// problem of the report's file.
func FuzzRead(f *testing.F) {
	sample, err := os.ReadFile(sampleReport)
	if err != nil {
		f.Fatal(err)
	}
	planData, err := os.ReadFile("../../data/cam-lo-2021.toml")
	if err != nil {
		f.Fatal(err)
	}
	p, err := load.Read("kh.toml", planData)
	if err != nil {
		f.Fatal(err)
	}
	plans := func(ctx context.Context, ref string) (*plan.Plan, kind.Source, error) {
		if ref != "kh.toml" {
			return nil, kind.Source{}, os.ErrNotExist
		}
		q := *p
		return &q, kind.Source{Name: ref}, nil
	}
	f.Add([]byte(strings.Replace(string(sample), `"../../../data/cam-lo-2021.toml"`, `"kh.toml"`, 1)))
	for _, seed := range []string{
		"",
		"[document]\nplan = \"kh.toml\"\n",
		"[document]\nplan = \"kh.toml\"\ntype = \"BC\"\n[[units]]\nname = \"Xã Cam Tuyền\"\nhouseholds_end = 1\nleft_poverty = -9223372036854775808\n",
		"[document]\nplan = \"x.toml\"\n[[units]]\nfell_back = \"1\"\n",
		"units = [{name = \"A\", new_poor = 9223372036854775807}, 7]\n[document]\nplan = \"kh.toml\"\n",
		"[signer]\nprefix = 1\n[recipients]\nto = [\"\"]\n[document]\nplan = \"kh.toml\"\n",
		"a.b.c.d.e = 1\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, q, err := Read(context.Background(), "bc.toml", data, plans)
		if err != nil {
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) == 0 {
				t.Fatalf("Read: %v, want a dataerr.List", err)
			}
			for _, e := range errs {
				if e.File != "bc.toml" || e.Message == "" {
					t.Fatalf("problem %+v does not name bc.toml and what is wrong", e)
				}
			}
			return
		}
		tab := Compute(Units(q.Units, r.Units))
		sum := 0
		for _, row := range tab.Rows {
			if row.PoorEnd < 0 || row.PoorEnd > row.HouseholdsEnd {
				t.Fatalf("row %d: %d poor of %d households at the end", row.No, row.PoorEnd, row.HouseholdsEnd)
			}
			sum += row.PoorEnd
		}
		if sum != tab.Total.PoorEnd {
			t.Fatalf("total poor at the end %d, rows sum to %d", tab.Total.PoorEnd, sum)
		}
	})
}

// TestReadRefusesBeforeDecoding checks that a file beyond the bounds of a
// data file is refused by its size or shape, as a plan's would be.
func TestReadRefusesBeforeDecoding(t *testing.T) {
	never := func(ctx context.Context, ref string) (*plan.Plan, kind.Source, error) {
		t.Fatal("the plan was read for a file that should be refused")
		return nil, kind.Source{}, nil
	}
	for name, data := range map[string]string{
		"too large":       strings.Repeat("#\n", load.MaxFileSize/2+1),
		"key of 30 parts": strings.Repeat("a.", 29) + "b = 1\n",
		"deep brackets":   "a = " + strings.Repeat("[", 30) + strings.Repeat("]", 30) + "\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, _, err := Read(context.Background(), "bc.toml", []byte(data), never)
			var errs dataerr.List
			if !errors.As(err, &errs) || len(errs) != 1 || errs[0].File != "bc.toml" {
				t.Errorf("Read: %v, want one problem of bc.toml", err)
			}
		})
	}
}
