// run

package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	for {
		n++
		if n%2 == 0 {
			goto skip
		}
		fmt.Print("odd", n, " ")
	skip:
		if n > 6 {
			break
		}
	}
	fmt.Println()

	grid := [][]int{{1, 2, -1, 7}, {3, 7, 9}, {200, 5}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 5))
	fmt.Println(findPair(grid, 9))

Rows:
	for r := 0; r < 4; r++ {
	Cols:
		for c := 0; c < 4; c++ {
			switch {
			case c > r:
				continue Rows
			case r == 3 && c == 1:
				break Rows
			case c == 2:
				break Cols
			}
			fmt.Print("(", r, ",", c, ") ")
		}
		fmt.Print("| ")
	}
	fmt.Println()

	// break out of a select-less labelled switch inside loop
	count := 0
Loop:
	for k := 0; ; k++ {
		switch k % 3 {
		case 0:
			count++
		case 2:
			if k > 10 {
				break Loop
			}
		}
	}
	fmt.Println("count", count)

	// labelled continue with range over map keys collected sorted-free (slice)
	words := []string{"apple", "kiwi", "banana", "fig"}
Words:
	for _, w := range words {
		for _, ch := range w {
			if ch == 'i' {
				continue Words
			}
		}
		fmt.Print(w, " ")
	}
	fmt.Println()

	// goto forward jump out of nested blocks
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				fmt.Println("found", a, b)
				goto done
			}
		}
	}
done:
	fmt.Println("done")
}
