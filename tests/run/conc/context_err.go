// run

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before:", ctx.Err())
	cancel()
	err := ctx.Err()
	fmt.Println("after cancel:", err)
	fmt.Println(err == context.Canceled, errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded))

	tctx, tcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	err = tctx.Err()
	fmt.Println("after timeout:", err)
	fmt.Println(err == context.DeadlineExceeded, errors.Is(err, context.DeadlineExceeded))

	// DeadlineExceeded implements Timeout() and Temporary().
	type timeout interface{ Timeout() bool }
	te, ok := err.(timeout)
	fmt.Println("has Timeout:", ok, ok && te.Timeout())

	// Cancelled before the deadline: Canceled wins.
	c2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println("cancelled timeout ctx:", c2.Err())

	// The first reason sticks.
	c3, cancel3 := context.WithTimeout(context.Background(), time.Millisecond)
	<-c3.Done()
	cancel3()
	fmt.Println("timeout then cancel:", c3.Err())

	// Errors wrap.
	wrapped := fmt.Errorf("fetch failed: %w", c3.Err())
	fmt.Println(wrapped, errors.Is(wrapped, context.DeadlineExceeded))

	fmt.Printf("%q %q\n", context.Canceled.Error(), context.DeadlineExceeded.Error())
}
