// run

package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey string

type userKey struct{}

func handler(ctx context.Context, out chan<- string) {
	user, _ := ctx.Value(userKey{}).(string)
	reqID, ok := ctx.Value(ctxKey("request-id")).(int)
	out <- fmt.Sprintf("user=%q request-id=%d ok=%v", user, reqID, ok)
}

func main() {
	base := context.Background()
	fmt.Println(base.Value("anything"))

	c1 := context.WithValue(base, ctxKey("request-id"), 42)
	c2 := context.WithValue(c1, userKey{}, "gopher")
	c3 := context.WithValue(c2, ctxKey("request-id"), 43) // shadows c1's
	cc, cancel := context.WithCancel(c3)
	defer cancel()

	fmt.Println(c1.Value(ctxKey("request-id")), c2.Value(ctxKey("request-id")), c3.Value(ctxKey("request-id")))
	fmt.Println("through cancel ctx:", cc.Value(userKey{}), cc.Value(ctxKey("request-id")))
	fmt.Println("parent does not see child value:", c1.Value(userKey{}))

	// Keys of different types never collide, even with equal underlying values.
	fmt.Println("other key type:", c3.Value(otherKey("request-id")))
	fmt.Println("plain string key:", c3.Value("request-id"))

	// Values are visible in goroutines that receive the context.
	out := make(chan string)
	go handler(cc, out)
	fmt.Println(<-out)
	go handler(c1, out)
	fmt.Println(<-out)

	// Cancellation does not remove values.
	cancel()
	fmt.Println("after cancel:", cc.Value(userKey{}), cc.Err())

	// nil value stored explicitly.
	cn := context.WithValue(base, ctxKey("nil"), nil)
	v := cn.Value(ctxKey("nil"))
	fmt.Println(v == nil)
}
