// errorcheck

// Assignability: values of distinct named types, of different underlying
// types, nil for non-nillable types, mismatched func/chan/map/slice types,
// and assignment in return statements and arguments.  Go 1.19 writes
// "as type T in ..." for typed values and "as T value in ..." for untyped
// constants; newer Go always writes "as T value in ...".
package main

type A int
type B int
type P struct{ x int }
type Q struct{ x int }

func takesInt(n int) {}

func ret() string {
	return 1 // ERROR "cannot use 1 .* as string value in return statement"
}

func main() {
	var a A = 1
	var b B = a // ERROR "cannot use a .* as (type )?B( value)? in variable declaration"
	var i int = a // ERROR "cannot use a .* as (type )?int( value)? in variable declaration"
	var s string
	s = 'a' // ERROR "cannot use 'a' .* as string value in assignment"
	s = nil // ERROR "cannot use nil as string value in assignment"
	var p P = Q{1} // ERROR "cannot use Q.* as (type )?P( value)? in variable declaration"
	var sl []int = [3]int{} // ERROR "cannot use .* as (type )?\[\]int( value)? in variable declaration"
	var fn func() = func() int { return 0 } // ERROR "cannot use .* as (type )?func\(\)( value)? in variable declaration"
	var ch chan int = make(chan string) // ERROR "cannot use .* as (type )?chan int( value)? in variable declaration"
	var m map[string]int = map[string]bool{} // ERROR "cannot use .* as (type )?map\[string\]int( value)? in variable declaration"
	var ro <-chan int = make(chan int)
	var rw chan int = ro // ERROR "cannot use ro .* as (type )?chan int( value)? in variable declaration"
	takesInt(a) // ERROR "cannot use a .* as (type )?int( value)? in argument to takesInt"
	takesInt("x") // ERROR `cannot use "x" .* as int value in argument to takesInt`
	var f float64 = i // ERROR "cannot use i .* as (type )?float64( value)? in variable declaration"
	_, _, _, _, _, _, _, _ = b, p, sl, fn, ch, m, rw, f

	// Fine: untyped constants, identical underlying unnamed types, nil
	// for pointers/slices/maps/chans/funcs/interfaces.
	var ok1 A = 5
	var ok2 struct{ x int } = P{2}
	var ok3 []int = nil
	var ok4 interface{} = a
	_, _, _, _, _ = ok1, ok2, ok3, ok4, s
}
