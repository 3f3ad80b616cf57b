// run

package main

import (
	"fmt"
	"math"
)

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func uni() float64 { return float64(next()>>11) / (1 << 53) }

func main() {
	var xs []float64
	for i := 0; i < 3000; i++ {
		switch i % 5 {
		case 0:
			xs = append(xs, (uni()*2-1)*10)
		case 1:
			xs = append(xs, math.Ldexp(uni()+0.5, int(next()%2000)-1000)*float64(1-2*int(next()%2)))
		case 2:
			xs = append(xs, float64(int(next()%2000)-1000)/float64(1+next()%16))
		case 3:
			xs = append(xs, (uni()*2-1)*1000)
		case 4:
			xs = append(xs, uni())
		}
	}
	xs = append(xs, 0, math.Copysign(0, -1), 1, -1, 2, 0.5, math.Inf(1), math.Inf(-1), math.NaN(), 1e-310, -1e-310, 1e308, 700, -700, 709.5, 710, -745.1, -746, 1<<29, 1<<30, 1e15, 1e300, math.Pi, math.Pi/2, math.Pi/4)
	fs := []func(float64) float64{math.Log, math.Exp, math.Exp2, math.Log10, math.Log2, math.Sin, math.Cos, math.Tan, math.Atan, math.Asin, math.Acos, math.Sinh, math.Cosh, math.Tanh, math.Cbrt, math.Expm1, math.Log1p, math.Asinh, math.Acosh, math.Atanh}
	var h [23]uint64
	for _, x := range xs {
		for i, f := range fs {
			h[i] = h[i]*1000003 + math.Float64bits(f(x))
		}
	}
	for i := 0; i+1 < len(xs); i++ {
		x, y := xs[i], xs[i+1]
		h[20] = h[20]*1000003 + math.Float64bits(math.Pow(x, y)) + math.Float64bits(math.Pow(math.Abs(x), y)) + math.Float64bits(math.Pow(x, math.Trunc(y)))
		h[21] = h[21]*1000003 + math.Float64bits(math.Atan2(x, y))
		h[22] = h[22]*1000003 + math.Float64bits(math.Hypot(x, y))
	}
	fmt.Println(h)
	fmt.Println(math.Exp(1), math.Exp(2), math.Log(10), math.Log10(0.1), math.Sin(1), math.Cos(1), math.Pow(1.05, 10), math.Pow(0.1, 3), math.Sqrt(2), math.Atan2(1, 1), math.Hypot(3, 4))
	s, c := math.Sincos(2)
	fmt.Println(s, c, math.Sinh(1), math.Tanh(0.5), math.Cbrt(27), math.Log1p(1e-10), math.Expm1(1e-5))
}
