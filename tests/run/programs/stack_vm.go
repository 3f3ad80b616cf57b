// run

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type VM struct {
	stack []int
	vars  map[string]int
	out   []string
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic("stack underflow")
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm error: %v", r)
		}
	}()
	code := strings.Fields(prog)
	labels := map[string]int{}
	for i, w := range code {
		if strings.HasSuffix(w, ":") {
			labels[strings.TrimSuffix(w, ":")] = i
		}
	}
	steps := 0
	for pc := 0; pc < len(code); pc++ {
		steps++
		if steps > 10000 {
			return fmt.Errorf("too many steps")
		}
		w := code[pc]
		if n, err := strconv.Atoi(w); err == nil {
			vm.push(n)
			continue
		}
		switch {
		case strings.HasSuffix(w, ":"):
		case strings.HasPrefix(w, "!"):
			vm.vars[w[1:]] = vm.pop()
		case strings.HasPrefix(w, "@"):
			vm.push(vm.vars[w[1:]])
		case strings.HasPrefix(w, "jz="):
			if vm.pop() == 0 {
				pc = labels[w[3:]]
			}
		case strings.HasPrefix(w, "jmp="):
			pc = labels[w[4:]]
		default:
			switch w {
			case "+", "-", "*", "/", "%", "<":
				b, a := vm.pop(), vm.pop()
				var r int
				switch w {
				case "+":
					r = a + b
				case "-":
					r = a - b
				case "*":
					r = a * b
				case "/":
					r = a / b
				case "%":
					r = a % b
				case "<":
					if a < b {
						r = 1
					}
				}
				vm.push(r)
			case "dup":
				v := vm.pop()
				vm.push(v)
				vm.push(v)
			case "print":
				vm.out = append(vm.out, strconv.Itoa(vm.pop()))
			default:
				return fmt.Errorf("unknown word %q", w)
			}
		}
	}
	return nil
}

func main() {
	progs := []string{
		"2 3 + 4 * print",
		"1 !i 1 !acc loop: @i 11 < jz=end @acc @i * !acc @i 1 + !i jmp=loop end: @acc print",
		"0 !a 1 !b 0 !n l: @n 15 < jz=e @a print @a @b + @b !a !b @n 1 + !n jmp=l e:",
		"1 +",
		"5 0 /",
		"7 frobnicate",
	}
	for _, p := range progs {
		vm := &VM{vars: map[string]int{}}
		err := vm.Run(p)
		fmt.Println(strings.Join(vm.out, " "), "| err:", err, "| stack:", vm.stack)
	}
}
