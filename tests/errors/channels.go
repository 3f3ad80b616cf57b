// errorcheck

// Channel direction rules: no send on a receive-only channel, no receive
// from (or range over) a send-only channel, no close of a receive-only
// channel; send and receive need channel operands; element types must
// match; a directional channel does not convert back to bidirectional.
package main

func main() {
	var recvOnly <-chan int = make(chan int)
	var sendOnly chan<- int = make(chan int)
	var c chan int

	recvOnly <- 1 // ERROR "cannot send to receive-only channel"
	<-sendOnly // ERROR "cannot receive from send-only channel"
	_ = <-sendOnly // ERROR "cannot receive from send-only channel"
	close(recvOnly) // ERROR "cannot close receive-only channel"
	for range sendOnly { // ERROR "receive from send-only channel|cannot range over"
	}

	n := 5
	n <- 1 // ERROR "cannot send to non-chan|non-channel"
	_ = <-n // ERROR "cannot receive from non-chan|non-channel"
	c <- "s" // ERROR "cannot use .* as int value in send"
	c = recvOnly // ERROR "cannot use recvOnly .* as (type )?chan int( value)? in assignment"

	// Fine.
	sendOnly <- 1
	_ = <-recvOnly
	close(sendOnly)
	close(c)
}
