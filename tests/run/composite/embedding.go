// run

package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

func (a Animal) Sound() string { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Println(l.prefix + msg)
}

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprint("base#", b.ID) }

type Mid struct {
	Base
	Level int
}

type Top struct {
	Mid
	ID string // shadows Base.ID at shallower depth
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%v\n%+v\n", d, d)

	s := Service{&Logger{prefix: "[svc] "}, "api"}
	s.Log("start")
	s.Log("stop")
	fmt.Println(s.lines, s.Logger.lines)

	t := Top{Mid{Base{7}, 2}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.Level)
	fmt.Println(t.Ident())
	fmt.Printf("%+v\n", t)

	// method value from promoted method
	f := d.Describe
	d.Legs = 3
	fmt.Println(f(), d.Describe())

	// interface satisfied through embedding
	type Sounder interface{ Sound() string }
	var snd Sounder = d
	fmt.Println(snd.Sound())
	snd = d.Animal
	fmt.Println(snd.Sound())

	// pointer embedding: method set includes pointer methods
	type Describer interface {
		Describe() string
		Rename(string)
	}
	var ds Describer = &d
	ds.Rename("Buddy")
	fmt.Println(ds.Describe())
}
