// run

package main

import "fmt"

func main() {
	// A goroutine closure shares the variables it captures.
	counter := 0
	done := make(chan bool)
	go func() {
		counter += 10
		done <- true
	}()
	<-done
	fmt.Println("counter after goroutine:", counter)

	// Several closures, each writing its own captured variable.
	results := make([]string, 3)
	names := []string{"alpha", "beta", "gamma"}
	finished := make(chan int)
	for i := 0; i < len(names); i++ {
		i := i
		go func() {
			results[i] = names[i] + "!"
			finished <- i
		}()
	}
	for k := 0; k < 3; k++ {
		<-finished
	}
	fmt.Println(results)

	// A closure returned by a function, run as a goroutine.
	mk := func(prefix string) func(chan<- string) {
		n := 0
		return func(out chan<- string) {
			n++
			out <- fmt.Sprintf("%s-%d", prefix, n)
		}
	}
	out := make(chan string)
	g := mk("job")
	go g(out)
	fmt.Println(<-out)
	go g(out)
	fmt.Println(<-out)

	// Immediately invoked goroutine with a result parameter via channel.
	sq := make(chan int)
	go func(n int) { sq <- n * n }(12)
	fmt.Println("square:", <-sq)

	// Nested go statements inside a goroutine.
	chain := make(chan string)
	go func() {
		go func() {
			go func() { chain <- "innermost" }()
		}()
	}()
	fmt.Println(<-chain)
}
