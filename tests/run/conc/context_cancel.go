// run

package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func worker(ctx context.Context, name string, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	out <- name + ": " + ctx.Err().Error()
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grandchild, cancelGrand := context.WithCancel(child)
	sibling, cancelSibling := context.WithCancel(root)
	defer cancelSibling()
	defer cancelGrand()

	// Cancelling a child does not affect its parent or siblings.
	cancelChild()
	fmt.Println("child:", child.Err())
	fmt.Println("grandchild:", grandchild.Err())
	fmt.Println("root:", root.Err())
	fmt.Println("sibling:", sibling.Err())

	// Cancelling the root reaches all remaining descendants, including
	// goroutines waiting on Done.
	out := make(chan string, 10)
	var wg sync.WaitGroup
	leaf1, c1 := context.WithCancel(sibling)
	defer c1()
	leaf2, c2 := context.WithCancel(leaf1)
	defer c2()
	wg.Add(3)
	go worker(sibling, "sibling", out, &wg)
	go worker(leaf1, "leaf1", out, &wg)
	go worker(leaf2, "leaf2", out, &wg)
	cancelRoot()
	wg.Wait()
	close(out)
	var lines []string
	for s := range out {
		lines = append(lines, s)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// Cancel is idempotent; Done is the same closed channel.
	cancelRoot()
	d1, d2 := root.Done(), root.Done()
	fmt.Println("same Done channel:", d1 == d2)
	_, open := <-d1
	fmt.Println("Done open:", open)

	// A child of an already-cancelled parent is born cancelled.
	late, lateCancel := context.WithCancel(root)
	defer lateCancel()
	fmt.Println("late child:", late.Err())

	// Background's Done is nil and never closes.
	fmt.Println("Background Done is nil:", context.Background().Done() == nil)
	fmt.Println("Background Err:", context.Background().Err())

	// A select loop that stops on cancellation.
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	go func() {
		defer close(results)
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case results <- i:
			}
		}
	}()
	sum := 0
	for v := range results {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	for range results {
	}
	fmt.Println("sum before cancel:", sum)
}
