// run

package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(1234567890)+"!")

	for _, s := range []string{"123", "-45", "+7", "0x10", "12a", "", " 1", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}

	type tc struct {
		s    string
		base int
		bits int
	}
	cases := []tc{{"ff", 16, 64}, {"-101", 2, 8}, {"128", 10, 8}, {"-129", 10, 8}, {"0x1F", 0, 64}, {"0b101", 0, 16}, {"0o17", 0, 32}, {"017", 0, 32}, {"zz", 36, 64}, {"1_000", 0, 64}, {"9", 8, 64}, {"9223372036854775808", 10, 64}}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}

	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		n, err := strconv.ParseUint(s, 10, 8)
		fmt.Println("uint8", s, n, err)
		m, err := strconv.ParseUint(s, 10, 64)
		fmt.Println("uint64", s, m, err)
	}

	for _, b := range []int{2, 8, 10, 16, 36} {
		fmt.Println(b, strconv.FormatInt(255, b), strconv.FormatInt(-255, b), strconv.FormatUint(1<<64-1, b))
	}
	fmt.Println(strconv.FormatInt(-9223372036854775808, 2))

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -99, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendInt(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))

	_, err := strconv.Atoi("x")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("300", 10, 8)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrRange)
	}
}
