//go:build ignore

// Random Printf formats over a fixed argument list, for the ignored test
// `fmt::tests::printf_fuzz_file` (run by hand):
//
//	go run stdlib/tests/go/fmt_fuzz.go > /tmp/fmt_fuzz.txt
//	GUST_FMT_FUZZ=/tmp/fmt_fuzz.txt cargo test -p gust-stdlib -- --ignored
//
// Each line is `hex(format)<TAB>hex(output)`.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
)

func main() {
	r := rand.New(rand.NewSource(3))
	args := []any{42, "héllo", 3.25, -7, true, []int{1, 2}, uint8(200), float32(0.1), nil, 'x', []byte("ab"), 1e21}
	pieces := []string{"%", "%", "%", "-", "+", "#", " ", "0", "5", "12", ".", ".2", ".0", "*", "[1]", "[3]", "[13]", "[0]",
		"d", "s", "v", "x", "X", "q", "f", "e", "g", "G", "t", "c", "U", "b", "o", "O", "T", "p", "%", "z", "é", "a", "|", "]", "[", "1"}
	w := bufio.NewWriter(os.Stdout)
	for i := 0; i < 200000; i++ {
		n := 1 + r.Intn(8)
		f := ""
		for j := 0; j < n; j++ {
			f += pieces[r.Intn(len(pieces))]
		}
		k := r.Intn(len(args) + 1)
		s := fmt.Sprintf(f, args[:k]...)
		fmt.Fprintf(w, "%s\t%d\t%s\n", hex.EncodeToString([]byte(f)), k, hex.EncodeToString([]byte(s)))
	}
	w.Flush()
}
