// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string { return fmt.Sprintf("E%d: %s", e.Code, e.Msg) }

type Point struct{ X, Y int }

type Level string

func catch(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case *MyErr:
			fmt.Println("MyErr", v.Code, v)
		case error:
			fmt.Println("error", v)
		case string:
			fmt.Printf("string %q\n", v)
		case int:
			fmt.Println("int", v)
		case Point:
			fmt.Println("point", v.X, v.Y)
		case Level:
			fmt.Println("level", v)
		default:
			fmt.Printf("other %T %v\n", v, v)
		}
	}()
	f()
}

var ErrSentinel = errors.New("sentinel")

func main() {
	catch(func() { panic(&MyErr{42, "custom"}) })
	catch(func() { panic(errors.New("plain")) })
	catch(func() { panic(fmt.Sprintf("formatted %d-%s", 7, "x")) })
	catch(func() { panic(99) })
	catch(func() { panic(Point{1, 2}) })
	catch(func() { panic(Level("warn")) })
	catch(func() { panic(3.5) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() { panic(fmt.Errorf("wrap: %w", ErrSentinel)) })
	catch(func() {
		defer func() {
			r := recover()
			err, _ := r.(error)
			fmt.Println("is sentinel:", errors.Is(err, ErrSentinel))
			panic(fmt.Errorf("rethrown: %w", err))
		}()
		panic(fmt.Errorf("ctx: %w", ErrSentinel))
	})
	fmt.Println("done")
}
