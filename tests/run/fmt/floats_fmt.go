// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 123456.789, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123e-10, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Printf("%v | %e | %E | %f | %g | %G | %.2e | %.3g | %.0f\n", v, v, v, v, v, v, v, v, v)
	}
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range specials {
		fmt.Printf("%v %f %e %g %5.1f|%-6v|%+v|%06f\n", v, v, v, v, v, v, v, v)
	}
	var f32 float32 = 1.0 / 3
	fmt.Printf("%v %g %f %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Println(f32, float32(16777217), float32(0.1), float32(1e10))
	fmt.Println(1.0, -0.0, 3.0e-300*1e-300, 2.5e-8, 1e-7*5)
	fmt.Printf("%#v %#v %#v %#g %#.3g %#e\n", 1.0, 1e21, 0.5, 1.0, 2.0, 3.0)
	fmt.Printf("%.1f %.1f %.1f %.1f %.0f %.0f\n", 0.05, 0.15, 0.25, 0.35, 0.5, 1.5)
	fmt.Printf("%8.3g|%-8.3g|%+.3e|% g\n", 1234.5678, 0.00012345, 1234.5678, 42.0)
	fmt.Printf("%g %g %g %g\n", 1e-320, 5e-324, 1.7976931348623157e308, 100000000.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Println(float32(math.Pi), math.Pi, float32(1)/float32(7), 1.0/7)
	fmt.Println(1e100, 12345678.0, 123456789012.0, 0.000012345)
	fmt.Println(fmt.Sprint(2.0), fmt.Sprint(float32(2.5)), fmt.Sprintf("%v", 1e-6))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%x %X %.3x\n", 1.0, 255.5, 3.14159)
}
