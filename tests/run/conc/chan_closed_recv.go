// run

package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	ci := make(chan int, 2)
	ci <- 7
	close(ci)
	v, ok := <-ci
	fmt.Println(v, ok)
	v, ok = <-ci
	fmt.Println(v, ok)
	v, ok = <-ci
	fmt.Println(v, ok)
	fmt.Println(<-ci)

	cs := make(chan string)
	close(cs)
	s, ok := <-cs
	fmt.Printf("%q %v\n", s, ok)

	cp := make(chan pair, 1)
	cp <- pair{1, "one"}
	close(cp)
	p, ok := <-cp
	fmt.Printf("%+v %v\n", p, ok)
	p, ok = <-cp
	fmt.Printf("%+v %v\n", p, ok)

	cptr := make(chan *pair)
	close(cptr)
	pp, ok := <-cptr
	fmt.Println(pp == nil, ok)

	ce := make(chan error)
	close(ce)
	e, ok := <-ce
	fmt.Println(e, ok)

	csl := make(chan []int)
	close(csl)
	sl, ok := <-csl
	fmt.Println(sl == nil, len(sl), ok)

	cf := make(chan float64, 3)
	cf <- 1.5
	cf <- 2.5
	close(cf)
	for i := 0; i < 4; i++ {
		f, ok := <-cf
		fmt.Println(f, ok, len(cf))
	}

	// A receiver blocked before close gets the zero value and false.
	blk := make(chan int)
	res := make(chan string)
	go func() {
		v, ok := <-blk
		res <- fmt.Sprint(v, " ", ok)
	}()
	close(blk)
	fmt.Println(<-res)

	// ok in an if statement.
	ch := make(chan int, 1)
	ch <- 3
	close(ch)
	for {
		if x, ok := <-ch; ok {
			fmt.Println("got", x)
		} else {
			fmt.Println("closed")
			break
		}
	}
}
