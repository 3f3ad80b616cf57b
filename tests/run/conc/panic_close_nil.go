// run

package main

import "fmt"

type conn struct {
	done chan struct{}
}

func (c *conn) Close() {
	close(c.done)
}

func main() {
	good := &conn{done: make(chan struct{})}
	good.Close()
	fmt.Println("closed a real channel")
	bad := &conn{}
	bad.Close()
	fmt.Println("unreachable")
}
