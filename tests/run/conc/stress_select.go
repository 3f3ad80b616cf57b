// run

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const nch = 10
	const workers = 100
	const perWorker = 200
	chans := make([]chan int, nch)
	for i := range chans {
		chans[i] = make(chan int, i) // mix of unbuffered and buffered
	}
	var recvWG sync.WaitGroup
	sums := make([]int, workers)
	counts := make([]int, workers)
	quit := make(chan struct{})
	// 100 goroutines each selecting over all 10 channels.
	for w := 0; w < workers; w++ {
		recvWG.Add(1)
		go func(w int) {
			defer recvWG.Done()
			for {
				select {
				case v := <-chans[0]:
					sums[w] += v
				case v := <-chans[1]:
					sums[w] += v
				case v := <-chans[2]:
					sums[w] += v
				case v := <-chans[3]:
					sums[w] += v
				case v := <-chans[4]:
					sums[w] += v
				case v := <-chans[5]:
					sums[w] += v
				case v := <-chans[6]:
					sums[w] += v
				case v := <-chans[7]:
					sums[w] += v
				case v := <-chans[8]:
					sums[w] += v
				case v := <-chans[9]:
					sums[w] += v
				case <-quit:
					return
				}
				counts[w]++
			}
		}(w)
	}
	// Senders also use select, sending to whichever channel has room.
	var sendWG sync.WaitGroup
	for s := 0; s < 10; s++ {
		sendWG.Add(1)
		go func(s int) {
			defer sendWG.Done()
			for k := 0; k < perWorker*workers/10; k++ {
				v := 1 + (k+s)%7
				select {
				case chans[0] <- v:
				case chans[1] <- v:
				case chans[2] <- v:
				case chans[3] <- v:
				case chans[4] <- v:
				case chans[5] <- v:
				case chans[6] <- v:
				case chans[7] <- v:
				case chans[8] <- v:
				case chans[9] <- v:
				}
			}
		}(s)
	}
	sendWG.Wait()
	// Every send has completed; the receivers are still running and will
	// empty the buffers. Wait for that before telling them to quit.
	for {
		n := 0
		for _, c := range chans {
			n += len(c)
		}
		if n == 0 {
			break
		}
		runtime.Gosched()
	}
	close(quit)
	recvWG.Wait()
	total, count := 0, 0
	for i := range sums {
		total += sums[i]
		count += counts[i]
	}
	want := 0
	for s := 0; s < 10; s++ {
		for k := 0; k < perWorker*workers/10; k++ {
			want += 1 + (k+s)%7
		}
	}
	fmt.Println("received:", count, "sum matches:", total == want)
}
