// Package signed checks a signed original: a PDF that begins with the
// exact bytes of an archived version, followed by incremental updates
// that add signatures and the office's stamps.
//
// The file's revisions end at its "%%EOF" markers. Each revision is read
// as a PDF of its own by package pdfread, in a child process bounded in
// time and memory; this package then checks, on the bytes and on what the
// reader found, that every signature covers the whole file up to the end
// of its revision except its own Contents string, that the last signature
// ends at the end of the file, that no revision after the archived version
// changes what a page paints, and that every CMS signature verifies over
// its byte range (with github.com/smallstep/pkcs7, which reads the BER of
// NSS and the DER of OpenSSL alike).
package signed
