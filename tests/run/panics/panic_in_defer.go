// run

package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		fmt.Println("deferred: panicking again")
		panic("second panic in defer")
	}()
	fmt.Println("start")
	panic("first panic")
}
