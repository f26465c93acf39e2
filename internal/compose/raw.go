package compose

import (
	"reflect"

	"github.com/BurntSushi/toml"
)

// The raw template: the plan template's TOML as BurntSushi/toml decodes it,
// before its wording is compiled. Wording ("text", "marker" and the texts of
// meta, header, title, signature and recipients) is kept as decoded: a
// string, or an array of alternatives {if, unless, text}. Lists of lines are
// arrays whose entries are a string or a table {each, if, unless, text}.

type rawFile struct {
	Meta struct {
		Title    rawValue `toml:"title"`
		Author   rawValue `toml:"author"`
		Subject  rawValue `toml:"subject"`
		Keywords rawValue `toml:"keywords"`
		Date     rawValue `toml:"date"`
	} `toml:"meta"`
	Header struct {
		Superior  []rawValue `toml:"superior"`
		Issuer    []rawValue `toml:"issuer"`
		Number    rawValue   `toml:"number"`
		National  rawValue   `toml:"national"`
		Motto     rawValue   `toml:"motto"`
		PlaceDate rawValue   `toml:"place_date"`
		Draft     rawValue   `toml:"draft"`
	} `toml:"header"`
	Title struct {
		Kind    rawValue `toml:"kind"`
		Subject rawValue `toml:"subject"`
	} `toml:"title"`
	Body      []rawBlock `toml:"body"`
	Signature struct {
		Lines []rawValue `toml:"lines"`
		Name  rawValue   `toml:"name"`
	} `toml:"signature"`
	Recipients struct {
		Label rawValue   `toml:"label"`
		Lines []rawValue `toml:"lines"`
	} `toml:"recipients"`
}

type rawBlock struct {
	Each   string     `toml:"each"`
	If     string     `toml:"if"`
	Unless string     `toml:"unless"`
	Kind   string     `toml:"kind"`
	Text   rawValue   `toml:"text"`
	Items  []rawItem  `toml:"items"`
	Table  *rawTable  `toml:"table"`
	Blocks []rawBlock `toml:"blocks"`
}

type rawItem struct {
	Each   string   `toml:"each"`
	If     string   `toml:"if"`
	Unless string   `toml:"unless"`
	Marker rawValue `toml:"marker"`
	Text   rawValue `toml:"text"`
}

type rawTable struct {
	Columns []rawColumn `toml:"columns"`
	Size    float64     `toml:"size"`
	Header  []rawRow    `toml:"header"`
	Body    []rawRow    `toml:"body"`
}

type rawColumn struct {
	Width float64 `toml:"width"`
	Align string  `toml:"align"`
}

type rawRow struct {
	Each   string     `toml:"each"`
	If     string     `toml:"if"`
	Unless string     `toml:"unless"`
	Style  string     `toml:"style"`
	Cells  []rawValue `toml:"cells"`
}

// rawValue is wording or a line as decoded: a string, a table or an array
// of tables. Decoding it whole tells BurntSushi/toml that the keys inside
// are used: compile checks them.
type rawValue struct{ v any }

// UnmarshalTOML keeps the decoded value.
func (r *rawValue) UnmarshalTOML(data any) error {
	r.v = data
	return nil
}

// insideRawValue reports whether key lies inside a rawValue of rawFile,
// whose keys compile checks itself; BurntSushi/toml reports the keys in an
// array of inline tables as undecoded.
func insideRawValue(key toml.Key) bool {
	t := reflect.TypeFor[rawFile]()
	for _, part := range key {
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t == reflect.TypeFor[rawValue]() {
			return true
		}
		if t.Kind() != reflect.Struct {
			return false
		}
		found := false
		for i := range t.NumField() {
			if f := t.Field(i); f.Tag.Get("toml") == part {
				t, found = f.Type, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return false
}
