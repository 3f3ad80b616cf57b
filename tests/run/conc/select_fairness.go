// run

package main

import "fmt"

func main() {
	// With several ready cases, select chooses uniformly at random.
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	const n = 10000
	for i := 0; i < n; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("total:", na+nb)
	fmt.Println("a within 40-60%:", na > n*40/100 && na < n*60/100)
	fmt.Println("b within 40-60%:", nb > n*40/100 && nb < n*60/100)

	// Four ready cases, including a send.
	c := make(chan int, 1)
	d := make(chan int, 1)
	e := make(chan int, 1)
	f := make(chan int, 1)
	var counts [4]int
	for i := 0; i < n; i++ {
		c <- 1
		d <- 1
		e <- 1
		select {
		case <-c:
			counts[0]++
		case <-d:
			counts[1]++
		case <-e:
			counts[2]++
		case f <- 1:
			counts[3]++
		}
		// Reset every channel to empty.
		for _, x := range []chan int{c, d, e, f} {
			select {
			case <-x:
			default:
			}
		}
	}
	for i, k := range counts {
		fmt.Println("case", i, "within 15-35%:", k > n*15/100 && k < n*35/100)
	}

	// A closed channel and a ready channel: both are chosen sometimes.
	closed := make(chan int)
	close(closed)
	ready := make(chan int, 1)
	nc, nr := 0, 0
	for i := 0; i < 1000; i++ {
		ready <- 1
		select {
		case <-closed:
			nc++
			<-ready
		case <-ready:
			nr++
		}
	}
	fmt.Println("closed chosen sometimes:", nc > 100, "ready chosen sometimes:", nr > 100)
}
