// run

package main

import (
	"fmt"
	"os"
)

func cleanup(name string) { fmt.Println("cleanup", name) }

func run() int {
	defer cleanup("run")
	fmt.Println("running")
	return 3
}

func main() {
	defer cleanup("main")
	code := run()
	fmt.Println("exiting with", code)
	fmt.Fprintln(os.Stderr, "stderr before exit")
	os.Exit(code)
}
