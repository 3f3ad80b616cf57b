// run

package main

import (
	"fmt"
	"sort"
)

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	v, ok := nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x")
	for k := range nilMap {
		fmt.Println("never", k)
	}

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] += 10
	m["zero"]++
	fmt.Println(m, len(m))
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(m, len(m))

	if n, ok := m["three"]; ok {
		fmt.Println("three is", n)
	}
	if _, ok := m["two"]; !ok {
		fmt.Println("two is gone")
	}

	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()

	sum := 0
	for _, val := range m {
		sum += val
	}
	fmt.Println("sum", sum)

	// maps are references
	alias := m
	alias["new"] = 100
	fmt.Println(m["new"], len(m))

	// delete during iteration is allowed
	for k := range m {
		if k != "one" {
			delete(m, k)
		}
	}
	fmt.Println(m)

	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)

	fm := map[float64]string{1.5: "a", -2: "b", 0: "z"}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	im := map[int]bool{5: true, -3: false, 10: true}
	fmt.Println(im, im[5], im[7])
	var mm = map[string]map[string]int{}
	mm["a"] = map[string]int{"x": 1}
	mm["a"]["y"] = 2
	fmt.Println(mm, mm["b"]["x"])
	fmt.Printf("%v %d\n", map[string]int{}, len(map[int]int{1: 1, 2: 2}))
}
