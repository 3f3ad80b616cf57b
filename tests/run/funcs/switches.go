// run

package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool, float64:
		return fmt.Sprintf("bool or float64: %v", x)
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type name string

func (n name) String() string { return "name(" + string(n) + ")" }

func next() int {
	fmt.Print("[next] ")
	return 2
}

func main() {
	for _, n := range []int{-5, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for n := 0; n <= 4; n++ {
		fmt.Println(n, fall(n))
	}

	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium")
	}

	// cases evaluated in order, only until match
	switch next() {
	case 1:
		fmt.Println("one")
	case next():
		fmt.Println("matched second next")
	case next():
		fmt.Println("not reached")
	}

	// default in the middle
	switch 9 {
	default:
		fmt.Println("default")
	case 1:
		fmt.Println("1")
	}

	// string switch with break
	for _, s := range []string{"go", "stop", "other"} {
		switch s {
		case "go":
			fmt.Println("going")
		case "stop":
			if true {
				fmt.Println("stopping")
				break
			}
			fmt.Println("unreachable")
		default:
			fmt.Println("unknown", s)
		}
	}

	for _, v := range []interface{}{nil, 41, "hey", true, 2.5, []int{1, 2}, fmt.Errorf("e"), name("bob"), struct{}{}, int8(3)} {
		fmt.Println(kind(v))
	}

	// type switch without binding
	var i interface{} = 3.0
	switch i.(type) {
	case int:
		fmt.Println("int")
	case float64:
		fmt.Println("float64")
	}

	// switch with no condition and init statement
	switch y := 10; {
	case y > 5:
		fmt.Println("y big")
		fallthrough
	case y > 100:
		fmt.Println("fell into y>100")
	}
}
