package vnfmt

import (
	"time"
	// The zone database is built in: Windows has none that Go can read.
	_ "time/tzdata"
)

// Zone is Vietnam's time zone, Asia/Ho_Chi_Minh (+07:00), in which times
// are shown to the user.
var Zone = vietnam()

// vietnam loads Asia/Ho_Chi_Minh; it cannot fail with the database built
// in, but +07:00 stands in all the same.
func vietnam() *time.Location {
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		return time.FixedZone("+07", 7*60*60)
	}
	return loc
}

// Time formats t in Vietnam time as "10:40:00 ngày 01/12/2026 (+07:00)".
func Time(t time.Time) string {
	return t.In(Zone).Format("15:04:05 ngày 02/01/2006 (-07:00)")
}
