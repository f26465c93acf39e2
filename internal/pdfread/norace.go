//go:build !race

package pdfread

// raceEnabled is set in a build with the race detector.
const raceEnabled = false
