// run

package main

import "fmt"

type pt struct {
	X int
	Y string
}

func main() {
	n := 255
	fmt.Printf("%v %d %x %X %o %O %b %c %U %q\n", n, n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d %x %o %b\n", -42, -42, -42, -42)
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	fmt.Printf("%v %d %x %v %x\n", u8, u8, u8, i64, i64)
	fmt.Printf("%t %v %t\n", true, false, 1 == 1)
	s := "héllo\n"
	fmt.Printf("%s|%v|%q|%x|%X|% x|%+q|%#q\n", s, s, s, s, s, s, s, "raw`")
	fmt.Printf("%#q\n", "nobacktick")
	r := 'é'
	fmt.Printf("%c %v %d %q %U %#U %x\n", r, r, r, r, r, r, r)
	bs := []byte("Go!")
	fmt.Printf("%s %v %x %X %q %d\n", bs, bs, bs, bs, bs, bs)
	p := pt{7, "seven"}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %#v %T\n", &p, &p, []pt{p}, &p)
	fmt.Printf("%T %T %T %T %T %T %T\n", 1, 1.5, "s", 'r', nil, []interface{}{1}, map[string][]int{})
	fmt.Printf("%T %T %T %T\n", fmt.Println, struct{}{}, [3]bool{}, new(int))
	fmt.Printf("100%% done %c%c\n", 'o', 'k')
	fmt.Printf("%v %v\n", []string{"a", "b"}, [2]float64{1.5, 2})
	fmt.Printf("%q %#v %#v %#v\n", []string{"a b", "c"}, []string{"x"}, map[string]int{"k": 1}, 3.0)
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "str", uint8(3), int64(-1), []byte{1, 2})
	fmt.Printf("%#x %#o %#b %#X\n", 255, 8, 5, 3054)
	fmt.Printf("%x %X\n", 3.5, -1.0)
	fmt.Printf("%v %d\n", []int32{1, -2}, []uint{3, 4})
	fmt.Printf("%x %q\n", []string{"hi", "yo"}, 'x')
	fmt.Printf("%s %v\n", error(nil), nil)
	var ip *int
	fmt.Printf("%v %d\n", ip, []*int{nil})
	fmt.Printf("%5t|%-7t|\n", true, false)
	fmt.Printf("%08b %o %x\n", 5, 0o777, uint64(1<<63))
	fmt.Printf("%c|%c|%c\n", 65, 0x1F600, -1)
	fmt.Printf("%U %U\n", 0x1F600, -1)
	fmt.Printf("%q %q %+q\n", 0x1F600, 7, 0x1F600)
}
