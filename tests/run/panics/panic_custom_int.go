// run

package main

import "fmt"

type ErrCode int

func main() {
	code := ErrCode(404)
	fmt.Println("code", int(code))
	panic(code)
}
