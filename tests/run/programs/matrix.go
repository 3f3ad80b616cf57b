// run

package main

import (
	"errors"
	"fmt"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, errors.New("dimension mismatch")
	}
	res := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			res[i][j] = s
		}
	}
	return res, nil
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
	for i := range m {
		for j := range m[i] {
			t[j][i] = m[i][j]
		}
	}
	return t
}

func (m Matrix) String() string {
	s := ""
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%6.1f", v)
		}
		s += "\n"
	}
	return s
}

func fibMatrix(n int) uint64 {
	res := [2][2]uint64{{1, 0}, {0, 1}}
	base := [2][2]uint64{{1, 1}, {1, 0}}
	mul := func(a, b [2][2]uint64) [2][2]uint64 {
		var c [2][2]uint64
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					c[i][j] += a[i][k] * b[k][j]
				}
			}
		}
		return c
	}
	for n > 0 {
		if n&1 == 1 {
			res = mul(res, base)
		}
		base = mul(base, base)
		n >>= 1
	}
	return res[0][1]
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Print(c, err, "\n")
	fmt.Print(a.Transpose())
	id, _ := c.Mul(Identity(2))
	fmt.Print(id)
	_, err = a.Mul(a)
	fmt.Println("error:", err)

	var grid [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i*3 + j + 1
		}
	}
	var sq [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				sq[i][j] += grid[i][k] * grid[k][j]
			}
		}
	}
	fmt.Println(sq)
	for _, n := range []int{1, 2, 10, 50, 90, 93, 94} {
		fmt.Println("fib", n, fibMatrix(n))
	}
}
