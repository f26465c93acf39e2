#!/usr/bin/env bash
# Makes the signed PDFs the tests of package signed read, once; run it
# again only to change them, then commit what it wrote.
#
# Needs: qpdf, openssl, pdfsig (poppler-utils), certutil and pk12util
# (libnss3-tools), xxd. The keys live in a temporary folder and are
# thrown away; only the PDFs and the certificates of the two test
# authorities stay.
#
#   base.pdf      the archived version: one page, two empty signature
#                 fields (Signer, Office)
#   signer.pdf    base.pdf signed in Signer by pdfsig (NSS writes BER)
#   two.pdf       signer.pdf signed in Office by the office's certificate
#   appended.pdf  signer.pdf and an unsigned incremental update
#   repaint.pdf   signer.pdf, an unsigned update that repaints the number
#                 on page 1, then the office's signature
#   der.pdf       signer.pdf whose signature is replaced by one that
#                 openssl cms made over the same byte range (DER)
#   outsider.pdf  base.pdf signed by a certificate of another authority
#   ca.pem        the authority of signer and office; other-ca.pem, the
#                 outsider's
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/ext.cnf" <<'CNF'
[kh_ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[kh_leaf]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
CNF

# authority NAME SUBJECT: a self-signed authority, NAME.pem and NAME.key.
authority() {
	openssl req -newkey rsa:2048 -nodes -keyout "$tmp/$1.key" -out "$tmp/$1.csr" -subj "$2" -utf8 2>/dev/null
	openssl x509 -req -in "$tmp/$1.csr" -signkey "$tmp/$1.key" -days 3650 \
		-extfile "$tmp/ext.cnf" -extensions kh_ca -out "$tmp/$1.pem" 2>/dev/null
}

# leaf NAME CA SERIAL SUBJECT: a signing certificate of CA, imported with
# its key into the NSS database under the nickname NAME.
leaf() {
	openssl req -newkey rsa:2048 -nodes -keyout "$tmp/$1.key" -out "$tmp/$1.csr" -subj "$4" -utf8 2>/dev/null
	openssl x509 -req -in "$tmp/$1.csr" -CA "$tmp/$2.pem" -CAkey "$tmp/$2.key" -set_serial "$3" -days 3650 \
		-extfile "$tmp/ext.cnf" -extensions kh_leaf -out "$tmp/$1.pem" 2>/dev/null
	openssl pkcs12 -export -inkey "$tmp/$1.key" -in "$tmp/$1.pem" -certfile "$tmp/$2.pem" -name "$1" \
		-passout pass: -out "$tmp/$1.p12"
	pk12util -i "$tmp/$1.p12" -d "sql:$tmp/nss" -W '' >/dev/null
}

mkdir "$tmp/nss"
certutil -N -d "sql:$tmp/nss" --empty-password
authority ca "/CN=CA Thử nghiệm/O=kehoach"
authority other-ca "/CN=CA Khác/O=Nơi khác"
leaf signer ca 4097 "/CN=Nguyễn Văn A/O=UBND huyện Cam Lộ"
leaf office ca 4098 "/CN=Văn phòng UBND huyện Cam Lộ/O=UBND huyện Cam Lộ"
leaf outsider other-ca 4099 "/CN=Người Ngoài/O=Nơi khác"
cp "$tmp/ca.pem" ca.pem
cp "$tmp/other-ca.pem" other-ca.pem

cat >"$tmp/raw.pdf" <<'PDF'
%PDF-1.7
1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R] /SigFlags 3 >> >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R 7 0 R] >> endobj
4 0 obj << /Length 60 >> stream
BT /F1 12 Tf 72 760 Td (So:      /KH-UBND) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> endobj
6 0 obj << /FT /Sig /T (Signer) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R >> endobj
7 0 obj << /FT /Sig /T (Office) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R >> endobj
trailer << /Size 8 /Root 1 0 R >>
%%EOF
PDF
# qpdf rebuilds the cross-reference table of the file written by hand
# (and says so with exit code 3).
qpdf --static-id --object-streams=disable --compress-streams=n "$tmp/raw.pdf" base.pdf 2>/dev/null || [ $? -eq 3 ]

# sign IN OUT FIELD NICK
sign() {
	pdfsig -nssdir "sql:$tmp/nss" "$1" "$2" -sign "$3" -nick "$4" 2>/dev/null
}

# update IN OUT OBJECT BODY: IN and an unsigned incremental update that
# replaces OBJECT with BODY.
update() {
	local size prev xref
	size=$(grep -a -o '/Size [0-9]*' "$1" | tail -1 | cut -d' ' -f2)
	prev=$(tail -c 40 "$1" | grep -a -A1 startxref | tail -1 | tr -d '\r')
	cp "$1" "$2"
	printf '%s 0 obj\n%s\nendobj\n' "$3" "$4" >>"$2"
	xref=$(stat -c %s "$2")
	off=$(( xref - $(printf '%s 0 obj\n%s\nendobj\n' "$3" "$4" | wc -c) ))
	printf 'xref\n0 1\n0000000000 65535 f \n%s 1\n%010d 00000 n \ntrailer\n<< /Size %s /Root 1 0 R /Prev %s >>\nstartxref\n%s\n%%%%EOF\n' \
		"$3" "$off" "$size" "$prev" "$xref" >>"$2"
}

# qpdf numbers the objects in the order it writes them: the page's
# content stream is 6 and its font 7.
grep -a -A2 '^6 0 obj' base.pdf | grep -q '^stream'
grep -a -A1 '^7 0 obj' base.pdf | grep -q '/Type /Font'

sign base.pdf signer.pdf Signer signer
sign signer.pdf two.pdf Office office
update signer.pdf appended.pdf 7 '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>'
repainted='BT /F1 12 Tf 72 760 Td (So: 12/KH-UBND) Tj ET'
update signer.pdf "$tmp/repainted.pdf" 6 "<< /Length ${#repainted} >>
stream
$repainted
endstream"
sign "$tmp/repainted.pdf" repaint.pdf Office office
sign base.pdf outsider.pdf Signer outsider

# der.pdf: openssl cms signs the byte range of signer.pdf; its DER,
# in hex and padded with zeros, takes the place of pdfsig's signature.
read -r _ h1 h2 n2 < <(grep -a -o '/ByteRange \[[0-9 ]*\]' signer.pdf | tail -1 | tr -d '[]' | cut -d' ' -f2- | tr -s ' ')
{ head -c "$h1" signer.pdf; tail -c +"$((h2 + 1))" signer.pdf; } >"$tmp/range.bin"
openssl cms -sign -binary -md sha256 -in "$tmp/range.bin" -signer "$tmp/signer.pem" -inkey "$tmp/signer.key" \
	-certfile "$tmp/ca.pem" -outform DER -out "$tmp/der.p7s"
hex=$(xxd -p "$tmp/der.p7s" | tr -d '\n')
width=$((h2 - h1 - 2))
[ "${#hex}" -le "$width" ]
{
	head -c "$((h1 + 1))" signer.pdf
	printf '%s' "$hex"
	head -c "$((width - ${#hex}))" /dev/zero | tr '\0' '0'
	tail -c +"$h2" signer.pdf
} >der.pdf
: "$n2"
