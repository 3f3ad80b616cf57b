// run

package main

import "fmt"

// Failure is a plain struct; a panic with it prints through its String
// method (a struct without one would print its address).
type Failure struct {
	Code   int
	Reason string
}

func (f Failure) String() string {
	return fmt.Sprintf("failure %d: %s", f.Code, f.Reason)
}

func main() {
	f := Failure{Code: 7, Reason: "disk full"}
	fmt.Println("about to fail:", f)
	panic(f)
}
