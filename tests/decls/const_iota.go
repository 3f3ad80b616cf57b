// run

// Constant declarations: iota, implicit repetition of the previous
// expression list, skipped values with _, several iota uses per line,
// typed and untyped constants, iota restarting in each const block.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota // typed: the type repeats too
	Monday
	Tuesday
	_ // skipped
	Thursday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

const (
	_  = iota             // 0 ignored
	KB = 1 << (10 * iota) // 1 << 10
	MB                    // 1 << 20
	GB                    // 1 << 30
	TB                    // 1 << 40
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	a, b = iota, iota * 10 // two expressions per spec
	c, d                   // repeated: 1, 10
	e, f                   // 2, 20
)

const (
	x0 = "str" // not using iota
	x1         // repeats "str"
	x2 = iota  // iota is the spec index: 2
	x3         // 3
)

const single = iota // new block: 0

const (
	f0 = iota * 1.5 // untyped float constant
	f1
	f2
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	bit2, mask2
)

const typed int64 = 1 << 40
const untypedBig = 1 << 62

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, int(Thursday))
	fmt.Printf("%T %v\n", Monday, Monday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	fmt.Printf("%T %08b\n", FlagD, FlagB|FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3, single)
	fmt.Println(f0, f1, f2)
	fmt.Println(bit0, mask0, bit1, mask1, bit2, mask2)
	fmt.Printf("%T %v %T %v\n", typed, typed, untypedBig, untypedBig)
	const local = iota + 100 // iota inside a function
	fmt.Println(local)
}
