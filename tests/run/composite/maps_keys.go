// run

package main

import (
	"fmt"
	"sort"
)

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	Pt   Point
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{1, 2}] += "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{9, 9}] == "")
	fmt.Println(grid)

	nested := map[Key]int{{"a", Point{1, 1}}: 1, {"a", Point{1, 2}}: 2}
	nested[Key{"a", Point{1, 1}}] *= 10
	fmt.Println(nested)

	arr := map[[2]int]string{{1, 2}: "x", {2, 1}: "y"}
	fmt.Println(arr[[2]int{1, 2}], arr[[2]int{2, 1}], len(arr))
	fmt.Println(arr)

	iface := map[interface{}]string{}
	iface[1] = "int 1"
	iface[int64(1)] = "int64 1"
	iface["1"] = "string 1"
	iface[Point{1, 1}] = "point"
	iface[1.0] = "float 1"
	iface[true] = "bool"
	iface[nil] = "nil"
	fmt.Println(len(iface), iface[1], iface[int64(1)], iface["1"], iface[Point{1, 1}], iface[1.0], iface[nil])
	var k interface{} = 1
	fmt.Println(iface[k])

	ptrKey := map[*Point]int{}
	p1 := &Point{1, 1}
	p2 := &Point{1, 1}
	ptrKey[p1] = 1
	ptrKey[p2] = 2
	fmt.Println(len(ptrKey), ptrKey[p1], ptrKey[p2])

	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"} {
		first := w[:1]
		groups[first] = append(groups[first], w)
	}
	fmt.Println(groups)
	letters := []string{}
	for l := range groups {
		letters = append(letters, l)
	}
	sort.Strings(letters)
	for _, l := range letters {
		fmt.Println(l, len(groups[l]), groups[l])
	}

	type pair struct {
		a string
		b int
	}
	ps := map[pair]bool{{"x", 1}: true}
	fmt.Println(ps[pair{"x", 1}], ps[pair{"x", 2}])

	runeKeys := map[byte]int{'b': 2, 'a': 1, 'c': 3}
	fmt.Println(runeKeys)
	fmt.Println(map[string]bool{"z": true, "a": false, "m": true})
	fmt.Println(map[Point]int{{2, 1}: 1, {1, 2}: 2, {1, 1}: 3})
}
