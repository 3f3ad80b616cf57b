// run

package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	fmt.Println(context.Background())
	fmt.Println(context.TODO())
	fmt.Println(fmt.Sprint(context.Background()) == "context.Background")
	var s fmt.Stringer
	s, ok := context.TODO().(fmt.Stringer)
	fmt.Println("TODO is a Stringer:", ok, s.String())

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fmt.Println(ctx)
	v := context.WithValue(ctx, key("k"), "val")
	fmt.Println(v)
	v2 := context.WithValue(context.TODO(), key("n"), 7)
	fmt.Println(v2)
	inner, cancel2 := context.WithCancel(v)
	defer cancel2()
	fmt.Println(inner)
	fmt.Printf("%v|%s\n", context.TODO(), context.Background())
}
