//go:build !unix

package archive

// noFollow is no flag here: Windows opens a link's target, and only some
// users may make links.
const noFollow = 0
