package signed

import "errors"

// ErrRefused means the signed file is not a sound signed original of the
// archived version; the *Refusal wrapping it says why in Vietnamese.
var ErrRefused = errors.New("signed pdf refused")

// Refusal is why a signed file is refused, said for the user.
type Refusal struct {
	// Msg is the reason, in Vietnamese.
	Msg string
}

func (r *Refusal) Error() string { return "signed: " + r.Msg }

// Unwrap makes every refusal an ErrRefused.
func (r *Refusal) Unwrap() error { return ErrRefused }

// refuse is a *Refusal with the message made of format and args.
func refuse(msg string) error { return &Refusal{Msg: msg} }
