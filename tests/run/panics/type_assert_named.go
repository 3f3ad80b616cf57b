// run

package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}
type Cat struct{}

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func main() {
	var a Animal = Dog{}
	fmt.Println(a.Sound())
	a = &Cat{}
	fmt.Println(a.Sound())
	d := a.(Dog)
	fmt.Println(d)
}
