// errorcheck

// Gust-specific diagnostics (tests/gust_only/ is not verified against Go,
// whose messages differ here): generics are rejected with a clear error.
package main

type List struct{}

var x List[int] // ERROR "generic type instantiation is not supported"

func main() {}
