// errorcheck

// Types that contain themselves by value, directly or through others.
package main

type S struct { // ERROR "invalid recursive type"
	inner struct{ s S }
}

type Arr [3]Arr // ERROR "invalid recursive type"

type X Y // ERROR "invalid recursive type"
type Y X

func main() {}
