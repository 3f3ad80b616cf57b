// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-310, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 4503599627370497, 0.49999999999999994, 1, -1, 100, 7}
	for _, x := range vals {
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		fmt.Println(x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
		fmt.Println("  ", fr, ex, ip, fp, math.Ldexp(fr, ex), math.Ilogb(x), math.Logb(x), math.Nextafter(x, 0), math.Nextafter(x, math.Inf(1)), math.Float64bits(x), math.Sqrt(x))
		for _, y := range []float64{0, -0.0, 1, -2, 3.5, math.Inf(1), math.NaN(), 1e-320} {
			fmt.Println("    ", y, math.Max(x, y), math.Min(x, y), math.Mod(x, y), math.Remainder(x, y), math.Dim(x, y), math.Copysign(x, y), math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y))
		}
	}
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	for n := -330; n <= 310; n += 7 {
		fmt.Print(math.Pow10(n), " ")
	}
	fmt.Println()
	fmt.Println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64frombits(0x3ff8000000000000), math.Nextafter32(1, 2), math.FMA(2, 3, 4))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Sin(0), math.Cos(0))
	fmt.Println(math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(1.5, -1075), math.Ldexp(1, 1024), math.Ldexp(0.75, -1073))
	fmt.Println(math.Remainder(5, 2), math.Remainder(7, 2), math.Remainder(-5, 2), math.Remainder(1e300, 3), math.Remainder(5e-324, 1e-323), math.Remainder(3e-323, 2e-323))
	f := math.Sqrt
	fmt.Println(f(16), math.Floor(-0.0))
}
