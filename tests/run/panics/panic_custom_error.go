// run

package main

import "fmt"

type ValidationError struct {
	Field string
}

func (e *ValidationError) Error() string { return "invalid field " + e.Field }

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name"}
	}
	return nil
}

func main() {
	fmt.Println(validate("bob"))
	if err := validate(""); err != nil {
		panic(err)
	}
}
