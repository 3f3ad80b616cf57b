// run

package main

import (
	"errors"
	"fmt"
	"strings"
)

type shape interface{ area() int }

type rect struct{ w, h int }

func (r rect) area() int { return r.w * r.h }

type square int

func (s square) area() int { return int(s * s) }

type request struct {
	n     int
	reply chan int
}

func main() {
	// Strings.
	cs := make(chan string, 3)
	cs <- "hello"
	cs <- strings.Repeat("ab", 3)
	cs <- ""
	fmt.Printf("%q %q %q\n", <-cs, <-cs, <-cs)

	// Structs are copied by value through the channel.
	type rec struct {
		id   int
		tags [2]string
	}
	cr := make(chan rec, 1)
	r := rec{1, [2]string{"a", "b"}}
	cr <- r
	r.id = 2
	r.tags[0] = "changed"
	fmt.Printf("%+v\n", <-cr)

	// Interfaces keep their dynamic types.
	ci := make(chan shape, 3)
	ci <- rect{2, 3}
	ci <- square(4)
	ci <- nil
	for i := 0; i < 3; i++ {
		s := <-ci
		switch v := s.(type) {
		case rect:
			fmt.Println("rect", v.area())
		case square:
			fmt.Println("square", v.area())
		case nil:
			fmt.Println("nil shape")
		}
	}

	// interface{} and error.
	ca := make(chan interface{}, 4)
	ca <- 1
	ca <- "two"
	ca <- 3.5
	ca <- []int{4}
	for i := 0; i < 4; i++ {
		fmt.Printf("%T %v\n", <-ca, "")
	}
	ce := make(chan error, 2)
	ce <- errors.New("bad thing")
	ce <- nil
	fmt.Println(<-ce, <-ce)

	// Slices share their backing array; maps share too.
	csl := make(chan []int, 1)
	sl := []int{1, 2, 3}
	csl <- sl
	got := <-csl
	got[0] = 100
	fmt.Println(sl, got)
	cm := make(chan map[string]int, 1)
	m := map[string]int{"k": 1}
	cm <- m
	(<-cm)["k"] = 2
	fmt.Println(m["k"])

	// Pointers.
	cp := make(chan *rect, 1)
	rp := &rect{1, 1}
	cp <- rp
	(<-cp).w = 9
	fmt.Println(rp.area())

	// Functions.
	cf := make(chan func(int) int, 2)
	cf <- func(x int) int { return x + 1 }
	cf <- func(x int) int { return x * 10 }
	fmt.Println((<-cf)(5), (<-cf)(5))

	// Channels of channels: request/response server.
	reqs := make(chan request)
	go func() {
		for q := range reqs {
			q.reply <- q.n * q.n
		}
	}()
	for i := 1; i <= 3; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Print(<-reply, " ")
	}
	fmt.Println()
	close(reqs)

	// chan chan int directly.
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 77
	fmt.Println(<-inner)

	// Arrays and bools and runes.
	ca3 := make(chan [3]byte, 1)
	ca3 <- [3]byte{'x', 'y', 'z'}
	a3 := <-ca3
	fmt.Println(string(a3[:]))
	cb := make(chan bool, 2)
	cb <- true
	cb <- false
	fmt.Println(<-cb, <-cb)
	cru := make(chan rune, 1)
	cru <- 'é'
	fmt.Println(string(<-cru))
}
