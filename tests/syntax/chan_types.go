// compile

// Channel type syntax in every direction form, including the leftmost
// association rule for <- in nested channel types.
package main

var (
	c1 chan int
	c2 chan<- int // send-only
	c3 <-chan int // receive-only

	c4 chan<- chan int   // send-only channel of (bidirectional chan int)
	c5 chan<- <-chan int // send-only channel of receive-only chans
	c6 <-chan <-chan int // receive-only channel of receive-only chans
	c7 chan (<-chan int) // bidirectional channel of receive-only chans
	c8 chan<- chan<- int // send-only channel of send-only chans
	c9 <-chan chan int   // receive-only channel of bidirectional chans

	c10 chan (chan int)
	c11 chan []chan<- string
	c12 map[string]<-chan error
	c13 chan struct{}
	c14 chan func() <-chan int
	c15 [2]chan<- bool
)

type Pipe chan<- chan<- chan int

func producer(out chan<- int, done <-chan struct{}) {}

func merge(ins ...<-chan int) <-chan int { return nil }

func main() {
	c := make(chan int, 1)
	c1 = c
	c2 = c // bidirectional converts implicitly to either direction
	c3 = c
	cc := make(chan chan int)
	c4 = cc
	c9 = cc
	c10 = cc
	rc := make(chan (<-chan int))
	c7 = rc
	c5 = rc
	c6 = rc
	c8 = make(chan chan<- int)
	c11 = make(chan []chan<- string, 3)
	c12 = map[string]<-chan error{}
	c13 = make(chan struct{})
	c14 = make(chan func() <-chan int)
	c15 = [2]chan<- bool{make(chan bool), nil}
	var p Pipe = make(chan chan<- chan int)
	_ = p
	producer(c, c13)
	_ = merge(c, c3)
	_ = (<-chan int)(c)
	_ = (chan<- int)(c)
}
