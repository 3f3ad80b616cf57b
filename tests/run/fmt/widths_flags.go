// run

package main

import "fmt"

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+d|%+d|% d|% d|\n", 42, 42, 42, 42, -42, 42, -42)
	fmt.Printf("|%+05d|%-+5d|% 05d|%05d|\n", 42, 42, 42, -42)
	fmt.Printf("|%*d|%-*d|%*d|\n", 6, 7, 6, 7, -6, 7)
	fmt.Printf("|%.3d|%8.3d|%-8.3d|%08.3d|\n", 7, 7, 7, 7)
	fmt.Printf("|%10s|%-10s|%.2s|%10.3s|%-10.3s|\n", "hello", "hello", "hello", "hello", "hello")
	fmt.Printf("|%5s|%.1s|%5.1s|\n", "世界", "世界", "世界")
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|%+.2f|% .2f|%+08.2f|\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, -3.14159)
	fmt.Printf("|%6x|%-6X|%#6x|%#-6x|%06x|\n", 255, 255, 255, 255, 255)
	fmt.Printf("|%10q|%-10q|%010d|\n", "a", "b", -5)
	fmt.Printf("|%5c|%-5c|\n", 'x', 'y')
	fmt.Printf("|%6v|%-6v|%06v|\n", 12, 12, 12)
	fmt.Printf("|%8v|%-8v|\n", []int{1, 2}, []int{3})
	fmt.Printf("|%6.2v|%.3v|%10.4v|\n", 3.14159, "abcdef", 123.456789)
	fmt.Printf("|%x|% x|%#x|% #x|\n", "abc", "abc", "abc", "abc")
	fmt.Printf("|%-4d|%-4d|%4d|\n", 1, 22, 333)
	for i := 1; i <= 1000; i *= 10 {
		fmt.Printf("%6d|%-6d|%06d\n", i, i, i)
	}
	fmt.Printf("|%*s|%-*s|\n", 8, "right", 8, "left")
	fmt.Printf("|%.*f|%.*f|\n", 2, 3.14159, 0, 2.5)
	fmt.Printf("|%3.1f%%|\n", 99.5)
	fmt.Printf("|%+v|%+d|\n", []int{1, -1}, []int{1, -1})
	fmt.Printf("|%05s|%.0d|%.0d|\n", "ab", 0, 1)
	fmt.Printf("|%-08d|%+x|% x|\n", 5, 255, -255)
	fmt.Printf("|%t|%8.2e|%-12.3E|\n", true, 12345.678, 0.000123)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s %[1]q %[1]x\n", "go")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
}
