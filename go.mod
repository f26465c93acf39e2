module github.com/kehoach/kehoach

go 1.26
