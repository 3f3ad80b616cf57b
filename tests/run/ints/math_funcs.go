// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Floor(2.5), math.Floor(-2.5), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Abs(-3.25), math.Abs(4), math.Abs(math.Inf(-1)))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -3), math.Pow(0, 0))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7.5, 2), math.Mod(1, 0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.IsNaN(math.NaN()), math.IsNaN(1), math.IsInf(math.Inf(1), 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt16, math.MaxInt8, math.MaxUint8, math.MaxUint16)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.10f %.3f\n", math.Pi, math.Sqrt2)
	fmt.Println(math.Trunc(-3.9), math.Round(2.5), math.Round(-2.5), math.Round(2.4))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0))
	fmt.Println(math.Exp(0), math.Exp(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan(1)*4)
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000))

	// integer square root via float
	for _, n := range []int{0, 1, 15, 16, 17, 1000000} {
		fmt.Print(int(math.Sqrt(float64(n))), " ")
	}
	fmt.Println()
}
