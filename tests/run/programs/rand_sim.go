// run

package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31n(1000), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float64())
	perm := r.Perm(8)
	fmt.Println(perm)
	xs := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)

	// dice histogram
	counts := make([]int, 13)
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)+1+r.Intn(6)+1]++
	}
	fmt.Println(counts[2:])

	// Monte Carlo estimate of pi
	r2 := rand.New(rand.NewSource(42))
	inside := 0
	const n = 100000
	for i := 0; i < n; i++ {
		x, y := r2.Float64(), r2.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f (%d)\n", 4*float64(inside)/n, inside)

	// global source with Seed
	rand.Seed(7)
	a := []int{}
	for i := 0; i < 6; i++ {
		a = append(a, rand.Intn(50))
	}
	fmt.Println(a)
	sort.Ints(a)
	fmt.Println(a)

	// random walk
	r3 := rand.New(rand.NewSource(2024))
	pos, maxPos := 0, 0
	for i := 0; i < 1000; i++ {
		if r3.Intn(2) == 0 {
			pos--
		} else {
			pos++
		}
		if pos > maxPos {
			maxPos = pos
		}
	}
	fmt.Println("walk", pos, maxPos)
}
