// errorcheck

// Non-constant shifts of untyped constants must end up with an integer
// type; a multi-valued call given to a builtin must fit its parameters.
package main

func two() ([]int, string)      { return nil, "" }
func m() (map[string]int, int)  { return nil, 1 }
func none()                     {}

func main() {
	var s uint = 3
	var x float64 = 2
	_ = float64(1 << s) // ERROR "shifted operand 1 \(type float64\) must be integer|shift of type float64"
	_ = x * (1 << s)    // ERROR "shifted operand 1 \(type float64\) must be integer|shift of type float64"
	var f float64 = 1 << s // ERROR "shifted operand 1 \(type float64\) must be integer|shift of type float64"
	_ = []byte((1 << s) + 1) // ERROR "cannot convert"
	_ = f
	_ = append(two()) // ERROR "cannot use two\(\) \(value of type string\) as (type )?int"
	_ = copy(two())   // ERROR "copy"
	delete(m())       // ERROR "delete"
	print(none())     // ERROR "none\(\) \(no value\) used as value"
}
