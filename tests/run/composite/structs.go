// run

package main

import "fmt"

type Person struct {
	Name string
	Age  int
	Tags []string
}

type Vec struct {
	X, Y float64
}

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }

func (v *Vec) Scale(k float64) {
	v.X *= k
	v.Y *= k
}

func birthday(p Person) Person {
	p.Age++
	return p
}

func birthdayPtr(p *Person) {
	p.Age++
}

func main() {
	alice := Person{Name: "Alice", Age: 30}
	bob := alice
	bob.Name = "Bob"
	fmt.Println(alice, bob)
	older := birthday(alice)
	fmt.Println(alice.Age, older.Age)
	birthdayPtr(&alice)
	fmt.Println(alice.Age)

	// slices inside structs are shared after copy
	alice.Tags = []string{"x"}
	c := alice
	c.Tags[0] = "y"
	fmt.Println(alice.Tags, c.Tags)

	v := Vec{1, 2}
	w := Vec{1, 2}
	fmt.Println(v == w, v != w, v.Add(w))
	v.Scale(3)
	fmt.Println(v, v == w)
	pv := &w
	pv.Scale(0.5)
	fmt.Println(w, *pv, pv.Add(Vec{10, 10}))

	// anonymous structs
	pt := struct {
		A int
		B string
	}{1, "one"}
	fmt.Println(pt, pt.A, pt.B)
	pt2 := struct {
		A int
		B string
	}{1, "one"}
	fmt.Println(pt == pt2)
	items := []struct {
		name  string
		price float64
	}{{"pen", 1.5}, {"book", 12}}
	total := 0.0
	for _, it := range items {
		total += it.price
	}
	fmt.Println(items, total)
	var config struct {
		Debug bool
		Level int
	}
	config.Level = 3
	fmt.Printf("%v %+v\n", config, config)

	// empty struct
	type E struct{}
	fmt.Println(E{} == E{}, E{})

	// struct with array field compared
	type R struct {
		ID  int
		Arr [2]string
	}
	fmt.Println(R{1, [2]string{"a", "b"}} == R{1, [2]string{"a", "b"}}, R{1, [2]string{"a", "b"}} == R{1, [2]string{"a", "c"}})

	// zero value and field assignment through pointer
	var zp Person
	fmt.Printf("%+v %v\n", zp, zp.Tags == nil)
	pp := &Person{Name: "Carol"}
	pp.Age = 44
	fmt.Println(*pp, pp.Name)

	// struct in map must be replaced whole
	m := map[string]Vec{"a": {1, 1}}
	tmp := m["a"]
	tmp.X = 5
	m["a"] = tmp
	fmt.Println(m)
}
