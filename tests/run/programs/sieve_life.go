// run

package main

import (
	"fmt"
	"strings"
)

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

type Board [][]bool

func parse(rows ...string) Board {
	b := make(Board, len(rows))
	for i, r := range rows {
		b[i] = make([]bool, len(r))
		for j, c := range r {
			b[i][j] = c == '#'
		}
	}
	return b
}

func (b Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+len(b))%len(b), (c+dc+len(b[0]))%len(b[0])
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	nb := make(Board, len(b))
	for r := range b {
		nb[r] = make([]bool, len(b[r]))
		for c := range b[r] {
			n := b.neighbors(r, c)
			nb[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return nb
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			if v {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p)
	fmt.Println(len(sieve(10000)), sieve(10000)[1228])

	b := parse(
		".#......",
		"..#.....",
		"###.....",
		"........",
		"........",
		"........",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
}
