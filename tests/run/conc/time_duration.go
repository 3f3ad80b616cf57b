// run

package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0,
		1,
		time.Microsecond,
		1500 * time.Nanosecond,
		100 * time.Millisecond,
		1500 * time.Millisecond,
		time.Second,
		90 * time.Second,
		time.Hour + 2*time.Minute + 3*time.Second,
		-5 * time.Minute,
		-time.Nanosecond,
		48 * time.Hour,
		time.Duration(1<<63 - 1),
		time.Duration(-1 << 63),
		2*time.Second + 500*time.Microsecond,
	}
	for _, d := range ds {
		fmt.Println(d.String(), d)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute))
	fmt.Println((-d).Abs())
	fmt.Printf("%v %d %s\n", 250*time.Millisecond, 250*time.Millisecond, time.Duration(2e9))

	for _, s := range []string{"1h30m", "2.5s", "300ms", "-1.5h", "1µs", "1us", "bad"} {
		p, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "->", p, int64(p))
	}
	fmt.Println(time.Duration(1234567890) / time.Millisecond)
}
