// run

// Control flow: if/else-if/else chains with init statements, the three
// for forms plus the infinite loop, labeled break and continue across
// nested loops and out of switch/select, and goto (forward and backward).
package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return "even"
	} else {
		return fmt.Sprint("odd r=", r)
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}

	// Three-clause loop, condition-only loop, infinite loop.
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Print(n, " ")
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(count)

	// Loop variable visible after a condition-only loop.
	j := 10
	for ; j > 0; j -= 3 {
	}
	fmt.Println(j)

	// Labeled continue/break.
outer:
	for i := 0; i < 4; i++ {
		for k := 0; k < 4; k++ {
			if k == i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, k, ";")
		}
	}
	fmt.Println()

	// break inside switch exits the switch only; labeled break exits loop.
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break loop
		default:
			if i == 3 {
				break // leaves the switch only
			}
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()

	// break out of a select by label.
	ch := make(chan int, 1)
sel:
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
			break sel
		default:
			ch <- 42
		}
	}

	// goto: a backward jump forming a loop and a forward jump.
	i := 0
again:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto again
	}
	goto done
done:
	fmt.Println("done")
}
