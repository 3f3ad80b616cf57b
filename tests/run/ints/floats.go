// run

package main

import (
	"fmt"
	"math"
)

func main() {
	a := float32(0.1)
	b := float32(0.2)
	fmt.Println(a+b, float64(a+b), a+b == float32(0.3))
	c, d := 0.1, 0.2
	fmt.Println(c+d, c+d == 0.3)

	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	nan := zero / zero
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	inf := 1 / zero
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64, inf-inf)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(-inf, -1), math.IsNaN(nan))
	var negz = -zero
	fmt.Println(negz, 1/negz, negz == zero)

	var f32 float32 = 16777216
	fmt.Println(f32+1, f32+2)
	fmt.Println(float32(1)/3, float64(1)/3)

	// int <-> float conversions, truncation toward zero
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e10, -123456.789} {
		fmt.Println(f, int(f), int64(f))
	}
	f2 := 250.7
	fmt.Println(uint8(f2), float64(7)/2, float64(7/2))
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), int64(float64(big)))
	var i int = -17
	fmt.Println(float32(i)/4, float64(i)*0.5)

	// accumulated error
	sum := 0.0
	for k := 0; k < 10; k++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	var s32 float32
	for k := 0; k < 10; k++ {
		s32 += 0.1
	}
	fmt.Println(s32)

	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e21), float32(3.14159265358979))
	x := 3.7
	x *= 2
	x -= 0.4
	x /= 3
	fmt.Println(x)
}
