// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byLenThenAlpha []string

func (s byLenThenAlpha) Len() int      { return len(s) }
func (s byLenThenAlpha) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLenThenAlpha) Less(i, j int) bool {
	if len(s[i]) != len(s[j]) {
		return len(s[i]) < len(s[j])
	}
	return s[i] < s[j]
}

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 2, 7}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "fig", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}, {"Eve", 30}}
	sort.Sort(ByAge(people))
	ages := make([]int, len(people))
	for i, p := range people {
		ages[i] = p.Age
	}
	fmt.Println(ages, sort.IsSorted(ByAge(people)))
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)

	words := byLenThenAlpha(strings.Fields("the quick brown fox jumps over a lazy dog"))
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)

	// binary search
	sorted := []int{1, 3, 5, 7, 9, 11}
	for _, target := range []int{0, 1, 6, 11, 12} {
		i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= target })
		found := i < len(sorted) && sorted[i] == target
		fmt.Println("search", target, "->", i, found)
	}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	// first square >= 1000
	n := sort.Search(100, func(i int) bool { return i*i >= 1000 })
	fmt.Println(n, n*n)
	sort.Slice(ints, func(i, j int) bool { return ints[i]%3 < ints[j]%3 || (ints[i]%3 == ints[j]%3 && ints[i] < ints[j]) })
	fmt.Println(ints)
}
