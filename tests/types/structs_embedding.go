// run

// Struct embedding: promoted fields and methods through T and *T embedded
// fields and through a package type (sync.Mutex, strings.Builder), depth
// rules (shallower field wins), explicit access to shadowed fields, and
// struct equality.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Owner struct{ Name string }

type Dog struct {
	Animal        // embedded value
	*Owner        // embedded pointer
	Name   string // shadows Animal.Name and Owner.Name (depth 0 wins)
	Breed  string `tag:"breed"`
}

type SafeCounter struct {
	sync.Mutex // embedded package type: Lock/Unlock are promoted
	n          int
}

type Doc struct {
	strings.Builder
	title string
}

type A struct{ X int }
type B struct{ A }
type C struct{ B }

func main() {
	d := Dog{Animal: Animal{"animal", 4}, Owner: &Owner{"alice"}, Name: "rex", Breed: "lab"}
	fmt.Println(d.Name, d.Animal.Name, d.Owner.Name, d.Legs)
	fmt.Println(d.Describe()) // promoted value method
	d.Rename("beast")         // promoted pointer method on addressable d
	fmt.Println(d.Animal.Name, d.Describe())
	d.Legs = 3 // promoted field assignment
	fmt.Println(d.Animal)

	var sc SafeCounter
	for i := 0; i < 3; i++ {
		sc.Lock()
		sc.n++
		sc.Unlock()
	}
	fmt.Println(sc.n)

	var doc Doc
	doc.title = "t"
	doc.WriteString("hello ")
	doc.WriteString("world")
	fmt.Println(doc.title, doc.String(), doc.Len())

	c := C{B{A{7}}}
	fmt.Println(c.X, c.B.X, c.B.A.X, c.A.X)
	c.X = 8
	fmt.Println(c)

	// Struct comparison is field-wise.
	a1 := Animal{"cat", 4}
	a2 := Animal{"cat", 4}
	fmt.Println(a1 == a2, a1 != Animal{"cat", 3})
	type pair struct {
		p    *int
		name string
	}
	v := 1
	fmt.Println(pair{&v, "a"} == pair{&v, "a"}, pair{nil, "a"} == pair{&v, "a"})

	// Anonymous structs with identical field sequences are assignable.
	var anon struct {
		Name string
		Legs int
	} = a1
	fmt.Println(anon, Animal(anon) == a1)
}
