// run

package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *account) depositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	// sync.Mutex is not reentrant.
	a.deposit(n)
	a.deposit(n)
}

func main() {
	a := &account{}
	a.deposit(10)
	fmt.Println("balance", a.balance)
	a.depositTwice(5)
	fmt.Println("unreachable")
}
