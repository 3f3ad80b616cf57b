// run

package main

import "fmt"

type counter struct {
	name string
	n    int
}

func (c counter) report(out chan<- string) {
	out <- fmt.Sprintf("%s=%d", c.name, c.n)
}

func (c *counter) bump(by int, done chan<- bool) {
	c.n += by
	done <- true
}

type reporter interface {
	report(out chan<- string)
}

func main() {
	out := make(chan string)
	done := make(chan bool)

	// A value receiver is copied at the go statement.
	c := counter{"value", 1}
	gate := make(chan bool)
	go func(f func(chan<- string)) {
		<-gate
		f(out)
	}(c.report)
	c.n = 50
	gate <- true
	fmt.Println(<-out)

	go c.report(out)
	fmt.Println(<-out)

	// A pointer receiver shares the object.
	p := &counter{"pointer", 0}
	go p.bump(5, done)
	<-done
	go p.bump(7, done)
	<-done
	fmt.Println(p.name, p.n)

	// Through an interface.
	var r reporter = counter{"iface", 3}
	go r.report(out)
	fmt.Println(<-out)

	// Method expression.
	go (*counter).bump(p, 100, done)
	<-done
	fmt.Println(p.n)
}
