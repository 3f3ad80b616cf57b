// errorcheck

// fallthrough must be the last statement of a non-final case clause of an
// expression switch: not in the final clause, not in a type switch, not
// nested inside a block or loop, not outside a switch.  (Kept free of type
// errors: Go 1.19 reports these in its branch-checking pass.)
package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}

	switch {
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}

	var e interface{} = x
	switch e.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch|fallthrough statement out of place"
	case string:
	}

	switch x {
	case 1:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 2:
	}

	switch x {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		x++
	case 2:
	}

	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
