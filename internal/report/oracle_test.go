package report

import (
	"strconv"
	"strings"
)

// The oracle computes every cell of a row again, in int64 arithmetic on
// values scaled to hundredths of a percent and with its own formatting, so
// that the tests do not lean on the fractions, the rounding or the
// formatter of the code under test. It is meant for the small counts of the
// tests only.

// oracleRound returns n/d rounded to an integer, half away from zero; d > 0.
func oracleRound(n, d int64) int64 {
	if n < 0 {
		return -oracleRound(-n, d)
	}
	q, r := n/d, n%d
	if 2*r >= d {
		q++
	}
	return q
}

// oracleFormat writes hundredths as "1.234,56", "-0,63" or "0,00".
func oracleFormat(h int64) string {
	sign := ""
	if h < 0 {
		sign, h = "-", -h
	}
	return sign + oracleGroup(h/100) + "," + strconv.FormatInt(100+h%100, 10)[1:]
}

// oracleGroup writes n ≥ 0 with "." between groups of three digits.
func oracleGroup(n int64) string {
	if n < 1000 {
		return strconv.FormatInt(n, 10)
	}
	return oracleGroup(n/1000) + "." + strconv.FormatInt(1000+n%1000, 10)[1:]
}

// oracleCount writes a count, negative ones with a leading "-".
func oracleCount(n int) string {
	if n < 0 {
		return "-" + oracleGroup(int64(-n))
	}
	return oracleGroup(int64(n))
}

// oracleCells computes the cells of the row of u numbered no (0: the total
// row, named "Tổng cộng").
func oracleCells(no int, u Unit) []string {
	h1, p2, t4 := int64(u.Households), int64(u.Poor), int64(u.Target)
	h8 := int64(u.HouseholdsEnd)
	p9 := p2 - int64(u.Left) + int64(u.FellBack) + int64(u.New)
	r11 := p2 - p9
	rate := func(a, b int64) string { return oracleFormat(oracleRound(a*10000, b)) }
	points := oracleFormat(oracleRound((p2*h8-p9*h1)*10000, h1*h8))
	attainment := "-"
	if t4 != 0 {
		attainment = rate(r11, t4)
	}
	a, b := "", u.Name
	if no > 0 {
		a = strconv.Itoa(no)
	} else {
		b = "Tổng cộng"
	}
	return []string{
		a, b,
		oracleCount(u.Households), oracleCount(u.Poor), rate(p2, h1),
		oracleCount(u.Target), oracleCount(u.Left), oracleCount(u.FellBack), oracleCount(u.New),
		oracleCount(u.HouseholdsEnd), oracleCount(int(p9)), rate(p9, h8),
		oracleCount(int(r11)), points, attainment,
	}
}

// oracleTotal sums the counts of units.
func oracleTotal(units []Unit) Unit {
	var s Unit
	for _, u := range units {
		s.Households += u.Households
		s.Poor += u.Poor
		s.Target += u.Target
		s.Left += u.Left
		s.FellBack += u.FellBack
		s.New += u.New
		s.HouseholdsEnd += u.HouseholdsEnd
	}
	return s
}

func joinCells(c []string) string { return strings.Join(c, " | ") }
