// run

package main

import "fmt"

func main() {
	vals := []interface{}{1, 2, "three"}
	sum := 0
	for _, v := range vals {
		n := v.(int)
		sum += n
		fmt.Println("sum", sum)
	}
}
