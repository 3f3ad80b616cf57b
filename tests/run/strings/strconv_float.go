// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.5", "1e10", "1e400", "-1e400", "NaN", "inf", "-Inf", "0x1p-2", "abc", "", "1.5.5", "1e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, "->", f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)

	for _, s := range []string{"true", "false", "1", "0", "t", "F", "TRUE", "True", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))

	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456789.125, 2.0 / 3}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'g', 4, 64),
			strconv.FormatFloat(v, 'E', 0, 64),
			strconv.FormatFloat(v, 'G', 10, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	b := strconv.AppendFloat([]byte("x="), 1.25, 'g', -1, 64)
	fmt.Println(string(b))
}
