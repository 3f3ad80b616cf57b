// run

package main

import "fmt"

func main() {
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*4 + c
		}
	}
	fmt.Println(grid)
	row := 1
	col := -1 + row*5
	fmt.Println(grid[row][col])
}
