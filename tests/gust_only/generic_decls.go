// errorcheck

// Gust-specific diagnostics: generic declarations are rejected clearly.
package main

func Map[T any](x T) T { return x } // ERROR "generic functions are not supported by Gust"

type Box[T any] struct{ v T } // ERROR "generic types are not supported by Gust"

func main() {}
