// run

package main

import "fmt"

type Res struct{ name string }

func (r Res) Close()         { fmt.Println("close", r.name) }
func (r *Res) ClosePtr()     { fmt.Println("closeptr", r.name) }
func show(tag string, v int) { fmt.Println(tag, v) }

func lifo() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("lifo body done")
}

func argsEvaluatedNow() {
	x := 1
	defer show("arg at defer time:", x)
	defer func() { show("closure sees:", x) }()
	x = 2
	defer show("second arg:", x*10)
	x = 3
}

func receivers() {
	r := Res{"a"}
	defer r.Close() // receiver copied now
	defer r.ClosePtr()
	r.name = "b"
	p := &Res{"p"}
	defer p.Close()
	p.name = "p2"
}

func nestedDefers() {
	defer func() {
		fmt.Println("outer deferred start")
		defer fmt.Println("inner deferred")
		fmt.Println("outer deferred end")
	}()
	fmt.Println("nested body")
}

func loopWithFunc() (out []int) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() { out = append(out, i*10) }()
			out = append(out, i)
		}()
	}
	return
}

func deferNilCheck() {
	var calls int
	f := func() { calls++ }
	for i := 0; i < 5; i++ {
		defer f()
	}
	defer func() { fmt.Println("calls so far", calls) }()
}

func main() {
	lifo()
	argsEvaluatedNow()
	receivers()
	nestedDefers()
	fmt.Println(loopWithFunc())
	deferNilCheck()
	defer fmt.Println("main deferred 1")
	defer fmt.Println("main deferred 2")
	fmt.Println("main end")
}
