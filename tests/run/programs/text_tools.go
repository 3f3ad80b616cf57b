// run

package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func rle(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) (string, error) {
	var sb strings.Builder
	n := 0
	seen := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			seen = true
			continue
		}
		if !seen {
			return "", fmt.Errorf("missing count before %q", r)
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n, seen = 0, false
	}
	return sb.String(), nil
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func wrap(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func camelToSnake(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				sb.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"aaabccdddd", "héééllo", "", "xyz"} {
		enc := rle(s)
		dec, err := unrle(enc)
		fmt.Printf("%q -> %q -> %q %v\n", s, enc, dec, err)
	}
	_, err := unrle("3ab")
	fmt.Println(err)
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Println(isPalindrome(s), s)
	}
	for _, l := range wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 16) {
		fmt.Printf("|%-16s|\n", l)
	}
	fmt.Println(camelToSnake("parseHTTPRequestLine"), camelToSnake("X"), camelToSnake("simple"))
	fields := strings.Split("name=go;version=1.19;stable=true;empty=", ";")
	cfg := map[string]string{}
	for _, f := range fields {
		kv := strings.SplitN(f, "=", 2)
		cfg[kv[0]] = kv[1]
	}
	fmt.Println(cfg, len(cfg))
	ver, _ := strconv.ParseFloat(cfg["version"], 64)
	st, _ := strconv.ParseBool(cfg["stable"])
	fmt.Println(ver*2, st)
}
