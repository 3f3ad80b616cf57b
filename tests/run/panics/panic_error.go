// run

package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred runs before crash")
	fmt.Println("start")
	panic(errors.New("boom"))
}
