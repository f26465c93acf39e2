package load

import "github.com/kehoach/kehoach/internal/tomlpos"

// Line returns the line of data, a TOML data file, that holds field (a
// path such as "units[3].name"), or of its table when the key is missing;
// 0 when unknown. It serves problems found after loading, such as a
// document that cannot be laid out.
func Line(data []byte, field string) int {
	return tomlpos.New(data).Line(field)
}
