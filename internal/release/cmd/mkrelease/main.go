// Command mkrelease builds the downloadable kehoach for every platform into
// one folder: a zip per platform and SHA256SUMS. Run it from the source
// tree:
//
//	go run ./internal/release/cmd/mkrelease -version v1.0.0 -o dist
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"time"

	"github.com/kehoach/kehoach/internal/release"
)

const usage = `Cách dùng: go run ./internal/release/cmd/mkrelease -version phiên-bản [-revision mã] [-o thư-mục]

Dựng kehoach cho Windows (amd64), Linux (amd64) và macOS (arm64), đóng mỗi bản
thành một tệp zip kèm README.md và dữ liệu mẫu trong data/, rồi ghi tệp
SHA256SUMS. Hai lần chạy trên cùng mã nguồn, cùng phiên bản Go cho ra các tệp
giống nhau từng byte. Thời điểm ghi trong tệp zip lấy theo biến môi trường
SOURCE_DATE_EPOCH (số giây từ 1970), mặc định 1980-01-01. Chạy trong thư mục
mã nguồn.

`

// defaultTime is the entries' time without SOURCE_DATE_EPOCH: the earliest
// a zip can record.
var defaultTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run releases as args say and returns the exit code: 0 done, 2 bad
// arguments, 3 failed.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mkrelease", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	version := fs.String("version", "", "số phiên bản gắn vào chương trình và tên tệp zip, như v1.0.0")
	revision := fs.String("revision", "", "mã bản sửa đổi (commit) của mã nguồn, gắn vào chương trình")
	out := fs.String("o", "dist", "thư mục ghi các tệp phát hành")
	src := fs.String("src", ".", "thư mục mã nguồn")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 || *version == "" {
		fmt.Fprintln(stderr, "mkrelease: cần -version và không nhận tham số nào khác")
		return 2
	}
	when := defaultTime
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			fmt.Fprintf(stderr, "mkrelease: SOURCE_DATE_EPOCH=%q không phải số giây\n", s)
			return 2
		}
		when = time.Unix(sec, 0)
		if when.Before(defaultTime) {
			fmt.Fprintf(stderr, "mkrelease: SOURCE_DATE_EPOCH=%q trước năm 1980, tệp zip không ghi được\n", s)
			return 2
		}
	}
	names, err := release.Release(ctx, release.Options{
		Src: *src, Out: *out, Version: *version, Revision: *revision, Time: when,
	})
	if err != nil {
		fmt.Fprintf(stderr, "mkrelease: không phát hành được: %v\n", err)
		return 3
	}
	for _, n := range names {
		fmt.Fprintln(stdout, n)
	}
	return 0
}
