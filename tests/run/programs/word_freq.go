// run

package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

type WordCount struct {
	Word  string
	Count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	fmt.Println("total words:", len(words))

	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("distinct:", len(freq))

	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("alphabetical:", strings.Join(keys, " "))

	var wc []WordCount
	for _, k := range keys {
		wc = append(wc, WordCount{k, freq[k]})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	for i, e := range wc {
		if i >= 8 {
			break
		}
		fmt.Printf("%2d. %-12s %3d %s\n", i+1, e.Word, e.Count, strings.Repeat("*", e.Count))
	}

	// lengths histogram
	byLen := map[int][]string{}
	for _, k := range keys {
		byLen[len(k)] = append(byLen[len(k)], k)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}
	fmt.Println(freq)
}
