// compile

// Conversions of untyped constants and nil to composite and interface types.
package main

func main() {
	_ = interface{}(nil)
	_ = any(1)
	_ = []byte("foo")
	_ = []rune("héllo")
	_ = (*int)(nil)
	_ = map[string]int(nil)
	_ = chan int(nil)
	_ = int(1.0)
	_ = float32(1 << 10)
}
