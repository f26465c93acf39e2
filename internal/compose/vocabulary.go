package compose

import (
	"strconv"

	"github.com/kehoach/kehoach/internal/plan"
)

// Env is what one Compose call fills a template from: the document's
// heading, the data of its kind and, for every list, the entry the
// enclosing "each" is at. The names of a Vocabulary read it.
type Env struct {
	// Head is the document's heading: its identity, issuer, signer and
	// recipients (for a plan, the plan itself).
	Head *plan.Plan
	// Data is what the kind's own names read: the plan's computed
	// figures, a report's table.
	Data any
	// Date is the document's date; a document that has none (Dated
	// false) is dated 1 January of its year.
	Date  plan.Date
	Dated bool
	at    []int // indexed by List.slot
}

// At returns the entry of l that the enclosing "each" is at, from 0.
func (e *Env) At(l *List) int { return e.at[l.slot] }

// List is a name that "each" may repeat over.
type List struct {
	name string
	// parent is the list whose entry this one belongs to
	// (responsibilities.duties belongs to responsibilities); nil at the top.
	parent *List
	slot   int
	len    func(e *Env) int
}

// Value is a name a placeholder or a condition may use.
type Value struct {
	// In is the list whose entry the name reads; nil for a name of the
	// whole document. A placeholder may use it only inside an "each" over
	// In.
	In *List
	// Needs is the condition that must guard every use of the name, for a
	// figure that may be absent ("share.near_poor"); empty otherwise.
	Needs string
	// Text is the value as printed; nil for a name that is only a
	// condition.
	Text func(e *Env) string
	// Field is the path of the data field whose text the name prints; nil
	// for computed figures, numbers and fixed words.
	Field func(e *Env) string
	// Truth decides an if/unless on the name; nil means "Text is not
	// empty".
	Truth func(e *Env) bool
	// All returns every entry of a list of texts, for the join filter
	// outside the list's "each"; nil for other names.
	All func(e *Env) []string
}

// Vocabulary is every name the template of one document kind may use. It
// is built once, before any template is parsed with it, and never changed
// after, so that Composers may share it across goroutines.
type Vocabulary struct {
	values map[string]*Value
	lists  map[string]*List
}

// NewVocabulary returns a vocabulary holding the names of every document's
// heading (see HeadNames).
func NewVocabulary() *Vocabulary {
	v := &Vocabulary{values: map[string]*Value{}, lists: map[string]*List{}}
	v.headNames()
	return v
}

// Add adds the name and its value.
func (v *Vocabulary) Add(name string, val Value) {
	x := val
	v.values[name] = &x
}

// Text adds a text of the data file, printed as written: its field is its
// name.
func (v *Vocabulary) Text(name string, get func(e *Env) string) {
	v.Add(name, Value{Text: get, Field: func(*Env) string { return name }})
}

// Figure adds a value computed or formatted by the program, read inside an
// each over in (nil: anywhere).
func (v *Vocabulary) Figure(name string, in *List, get func(e *Env) string) {
	v.Add(name, Value{In: in, Text: get})
}

// Cond adds a name that is only a condition.
func (v *Vocabulary) Cond(name string, truth func(e *Env) bool) {
	v.Add(name, Value{Truth: truth})
}

// List adds a list and its "name.no", the entry's number from 1; the name
// itself, unless already added, is a condition: the list has an entry.
func (v *Vocabulary) List(name string, parent *List, n func(e *Env) int) *List {
	l := &List{name: name, parent: parent, slot: len(v.lists), len: n}
	v.lists[name] = l
	v.values[name+".no"] = &Value{In: l, Text: func(e *Env) string { return strconv.Itoa(e.at[l.slot] + 1) }}
	if _, ok := v.values[name]; !ok {
		v.values[name] = &Value{In: parent, Truth: func(e *Env) bool { return n(e) > 0 }}
	}
	return l
}

// Texts adds a list of texts of the data file: inside its "each" the name
// is the entry; outside, it is every entry (join filter).
func (v *Vocabulary) Texts(name string, parent *List, get func(e *Env) []string) *List {
	v.values[name] = &Value{All: get}
	l := v.List(name, parent, func(e *Env) int { return len(get(e)) })
	val := v.values[name]
	val.In = l
	val.Text = func(e *Env) string { return get(e)[e.at[l.slot]] }
	val.Field = func(e *Env) string {
		i := e.at[l.slot]
		if parent != nil {
			return EntryPath(parent.name, e.at[parent.slot]) + name[len(parent.name):] + "[" + strconv.Itoa(i) + "]"
		}
		return EntryPath(name, i)
	}
	return l
}

// EntryPath returns the path of entry i of a list, "text.intro[2]".
func EntryPath(name string, i int) string {
	return name + "[" + strconv.Itoa(i) + "]"
}
