// errorcheck

// Return statements: functions with results must end in a terminating
// statement ("missing return"), and return must supply exactly the
// declared number of results of assignable types.  Terminating forms
// (infinite for without break, panic, if/else both returning, switch with
// default where every case returns, goto) need no final return.
package main

func noReturn() int {
} // ERROR "missing return"

func ifOnly(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func ifElseEmpty(x int) int {
	if x > 0 {
		return 1
	} else {
	}
} // ERROR "missing return"

func loopWithBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func switchNoDefault(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func tooFew() (int, string) {
	return 1 // ERROR "not enough return values"
}

func tooMany() int {
	return 1, 2 // ERROR "too many return values"
}

func noResults() {
	return 1 // ERROR "too many return values"
}

func wrongType() (int, error) {
	return "s", nil // ERROR "cannot use .* as int value in return statement"
}

func bareWithoutNames() int {
	return // ERROR "not enough return values"
}

// Terminating statements: all of these are fine.
func infinite() int {
	for {
	}
}

func panics() int {
	panic("no")
}

func bothBranches(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func switchDefault(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		return 0
	}
}

func namedBare() (n int) {
	n = 1
	return
}

func main() {}
