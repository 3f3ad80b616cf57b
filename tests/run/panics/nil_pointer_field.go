// run

package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

func limit(c *Config) int {
	return c.Limit
}

func main() {
	c := &Config{"ok", 5}
	fmt.Println(limit(c))
	var missing *Config
	fmt.Println("nil config:", missing == nil)
	fmt.Println(limit(missing))
	fmt.Println("unreachable")
}
