// run

// Map semantics: zero value for missing keys, comma-ok lookup, delete
// (including of missing keys), len, reference semantics when assigned or
// passed, nil map reads versus the panic on nil map writes, struct and
// array keys, NaN keys, maps of slices and of maps, and a word count with
// sorted output.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type coord struct{ x, y int }

func addOne(m map[string]int) { m["added"] = 1 }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(m["a"], m["zzz"], len(m))
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "never there")
	fmt.Println(len(m), m)

	// Maps are references.
	alias := m
	alias["c"] = 3
	addOne(m)
	fmt.Println(len(m), m["c"], m["added"])

	// nil map: reads are fine, writes panic.
	var nm map[string]bool
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x") // no-op
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nm["x"] = true
	}()

	// Struct and array keys.
	visited := map[coord]bool{}
	visited[coord{1, 2}] = true
	fmt.Println(visited[coord{1, 2}], visited[coord{2, 1}])
	ak := map[[2]string]int{{"a", "b"}: 1}
	ak[[2]string{"a", "b"}]++
	fmt.Println(ak)

	// NaN is never equal to itself, so each NaN key is distinct.
	fm := map[float64]int{}
	fm[math.NaN()] = 1
	fm[math.NaN()] = 2
	_, found := fm[math.NaN()]
	fmt.Println(len(fm), found)

	// Values are not addressable; modify via copy-and-store.
	pts := map[string]coord{"p": {1, 1}}
	p := pts["p"]
	p.x = 10
	pts["p"] = p
	fmt.Println(pts["p"])

	// Maps of slices and maps of maps.
	groups := map[bool][]int{}
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups[true], groups[false])
	nested := map[string]map[string]int{}
	if nested["x"] == nil {
		nested["x"] = map[string]int{}
	}
	nested["x"]["y"]++
	fmt.Println(nested)

	// Word count, printed in sorted order (fmt also sorts map keys).
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the hat and the bat") {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	for _, w := range words {
		fmt.Print(w, ":", counts[w], " ")
	}
	fmt.Println()
	fmt.Println(counts)

	// Clearing a map by deleting during range.
	for k := range counts {
		delete(counts, k)
	}
	fmt.Println(len(counts))
	// make with a size hint.
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i%250] += i
	}
	fmt.Println(len(big), big[0], big[249])
}
