// Package batchtest makes synthetic plans for the tests and benchmarks of
// batch runs: valid data files that differ from each other in their names,
// numbers and number of units, all derived from the sample plan.
package batchtest

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Plan returns the i-th synthetic plan made from sample: the sample's text
// and signer, with its own document number and subject and 1 to 40 units of
// its own names and counts. The area totals of the survey, which would have
// to agree with the units, are left out. Every plan is valid; the same i
// gives the same bytes.
func Plan(sample []byte, i int) ([]byte, error) {
	return PlanOf(sample, i, 1+(i*7)%40)
}

// PlanOf returns the i-th synthetic plan made from sample, as Plan does, but
// with the given number of units (at least one).
func PlanOf(sample []byte, i, units int) ([]byte, error) {
	if units < 1 {
		return nil, fmt.Errorf("batchtest: %d units; a plan needs one at least", units)
	}
	start := bytes.Index(sample, []byte("\n[[units]]\n"))
	end := bytes.Index(sample, []byte("\n[text]\n"))
	if start < 0 || end < start {
		return nil, fmt.Errorf("batchtest: the sample has no [[units]] before [text]")
	}
	var b bytes.Buffer
	for _, line := range bytes.SplitAfter(sample[:start+1], []byte("\n")) {
		switch {
		case bytes.HasPrefix(line, []byte("ethnic_")), bytes.HasPrefix(line, []byte("near_poor")):
			continue // totals that the synthetic units would contradict
		case bytes.HasPrefix(line, []byte("number = ")):
			fmt.Fprintf(&b, "number = %d\n", 1+i%99999)
		case bytes.HasPrefix(line, []byte("subject = ")):
			fmt.Fprintf(&b, "subject = \"Thực hiện Chương trình giảm nghèo năm 2021 của đơn vị thử nghiệm số %d\"\n", i)
		default:
			b.Write(line)
		}
	}
	for k := range units {
		households := 300 + (i*37+k*101)%3000
		policy := (i + 3*k) % 25
		social := 1 + (i*k+k)%40
		reduction := (i + k) % (policy + social + 1)
		fmt.Fprintf(&b, "\n[[units]]\nname = \"Thôn Đông Hà %d-%d\"\nhouseholds = %d\npolicy_poor = %d\nsocial_poor = %d\nreduction = %d\n",
			i, k+1, households, policy, social, reduction)
	}
	b.Write(sample[end:])
	return b.Bytes(), nil
}

// Write writes n synthetic plans under dir, spread over folders of
// provinces (dir/tinh-03/huyen-0042.toml), and returns their paths in
// order.
func Write(sample []byte, dir string, n int) ([]string, error) {
	paths := make([]string, n)
	for i := range n {
		data, err := Plan(sample, i)
		if err != nil {
			return nil, err
		}
		sub := filepath.Join(dir, fmt.Sprintf("tinh-%02d", i%7))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return nil, err
		}
		paths[i] = filepath.Join(sub, fmt.Sprintf("huyen-%04d.toml", i))
		if err := os.WriteFile(paths[i], data, 0o644); err != nil {
			return nil, err
		}
	}
	return paths, nil
}
