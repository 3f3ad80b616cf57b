// runlong (skipped by gust test: tests/gc.rs runs it, checks this output
// against alloc_50gb.out from go run, and bounds its peak RSS)

// Allocates 50 GB over its life while never holding more than 4 MB: the
// collector must keep memory bounded (tests/gc.rs checks the peak RSS).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const live = 1024 // slots of 4 KB: 4 MB live
	const total = 50 << 30
	slots := make([][]byte, live)
	var allocated int64
	sum := 0
	for i := 0; allocated < total; i++ {
		b := make([]byte, 4096)
		b[i%4096] = byte(i)
		if old := slots[i%live]; old != nil {
			sum += int(old[(i-live)%4096]) // written live allocations ago
		}
		slots[i%live] = b
		allocated += 4096
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("allocated GB:", allocated>>30)
	fmt.Println("checksum:", sum)
	fmt.Println("TotalAlloc >= 50 GB:", m.TotalAlloc >= total)
	fmt.Println("collections > 1000:", m.NumGC > 1000)
}
