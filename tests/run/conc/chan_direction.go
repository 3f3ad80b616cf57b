// run

package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, result chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	result <- s
}

func info(in <-chan int) string {
	return fmt.Sprintf("len=%d cap=%d", len(in), cap(in))
}

func makeRecvOnly() <-chan string {
	c := make(chan string, 1)
	c <- "from recv-only"
	return c
}

type pipe struct {
	in  chan<- int
	out <-chan int
}

func main() {
	ch := make(chan int)
	res := make(chan int)
	go producer(ch, 10)
	go consumer(ch, res)
	fmt.Println("sum:", <-res)

	b := make(chan int, 5)
	b <- 1
	b <- 2
	fmt.Println(info(b))

	fmt.Println(<-makeRecvOnly())

	// Bidirectional channel assigned to directional variables.
	c := make(chan int, 1)
	var s chan<- int = c
	var r <-chan int = c
	s <- 42
	fmt.Println(<-r)
	fmt.Println(s == c, r == c)

	// Struct fields of directional type.
	raw := make(chan int, 2)
	p := pipe{in: raw, out: raw}
	p.in <- 5
	p.in <- 6
	close(p.in)
	for v := range p.out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Conversion to a directional type.
	c2 := make(chan string, 1)
	send := (chan<- string)(c2)
	send <- "converted"
	fmt.Println((<-chan string)(c2) == c2, <-c2)

	// Slice of receive-only channels.
	var ins []<-chan int
	for i := 0; i < 3; i++ {
		x := make(chan int, 1)
		x <- i * 11
		ins = append(ins, x)
	}
	for _, x := range ins {
		fmt.Print(<-x, " ")
	}
	fmt.Println()

	fmt.Printf("%T %T %T\n", c, s, r)
}
