package vnfmt_test

import (
	"fmt"

	"github.com/kehoach/kehoach/internal/vnfmt"
)

func Example() {
	fmt.Println(vnfmt.Int(14932), vnfmt.Hundredths(271))
	fmt.Printf("Số: %s/KH-UBND\n", vnfmt.DocNumber(5))
	fmt.Printf("ngày %s tháng %s năm 2021\n", vnfmt.Day(5), vnfmt.Month(1))
	// Output:
	// 14.932 2,71
	// Số: 05/KH-UBND
	// ngày 05 tháng 01 năm 2021
}
