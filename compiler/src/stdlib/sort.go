package sort

// Package sort: Go's "sort" package, written in Go and compiled by Gust
// like user code. Natives (stdlib/src/sort.rs): lenAny and swapAny, which
// reach into a slice held in an interface (sort.Slice and friends), and
// sortInts/sortStrings, which sort plain []int and []string.
//
// Invariants:
//   - Sort, Slice and the typed helpers run pattern-defeating quicksort
//     with the decisions of Go 1.19's implementation (insertion sort up to
//     12 elements, ninther pivots from 50, the same pattern breaking and
//     heap sort fallback), so that elements with equal keys end up in the
//     same order as with Go. Ints and Strings sort natively: equal ints or
//     strings cannot be told apart, so any algorithm gives Go's result.
//   - Stable and SliceStable are stable (insertion-sorted blocks merged in
//     place with rotations); a stable result is unique, hence Go's.
//   - Every algorithm only uses Len, Less and Swap on the data.

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// lenAny returns the length of the slice x; it panics like Go's
// reflection when x is not a slice.
func lenAny(x any) int

// swapAny swaps elements i and j of the slice x.
func swapAny(x any, i, j int)

// sortInts sorts x in increasing order.
func sortInts(x []int)

// sortStrings sorts x in increasing byte-wise order.
func sortStrings(x []string)

// bitLen is the number of bits needed to represent n (0 for 0).
func bitLen(n int) int {
	l := 0
	for u := uint(n); u != 0; u >>= 1 {
		l++
	}
	return l
}

// ------------------------------------------------------------ pdqsort

// Pivot hints: the sampled elements were in increasing, decreasing or no
// particular order.
const (
	unknownHint = iota
	increasingHint
	decreasingHint
)

// insertionSort sorts data[a:b] by insertion.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of data[first+lo:first+hi]
// below root lo.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

// heapSort sorts data[a:b]: build a max-heap, then move the maximum to
// the end repeatedly.
func heapSort(data Interface, a, b int) {
	first := a
	lo := 0
	hi := b - a
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

// pdqsort sorts data[a:b]; limit is the number of badly balanced
// partitions allowed before falling back to heap sort.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true
	wasPartitioned := true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		// The previous partition was unbalanced: shuffle some elements to
		// break a possible adversarial pattern.
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// Probably already sorted: try a bounded insertion sort.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// The pivot equals the element before the range (a previous
		// pivot): put all elements equal to it first and skip them.
		if a > 0 && !data.Less(a-1, pivot) {
			mid := partitionEqual(data, a, b, pivot)
			a = mid
			continue
		}
		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		// Recurse into the smaller side, loop on the larger.
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves the pivot to a, partitions data[a+1:b] into elements
// less than the pivot and not less, puts the pivot between them and
// returns its index, and whether no swaps were needed.
func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual moves the elements equal to the pivot (not greater; no
// element of the range is less) to the front and returns the index of the
// first element greater than it.
func partitionEqual(data Interface, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertionSort fixes up to a few misplaced elements of an almost
// sorted data[a:b] and reports whether the range ended up sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Shift the smaller element left, then the greater one right.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle of data[a:b] with
// pseudo-random ones (a xorshift generator seeded with the length, so the
// result is deterministic).
func breakPatterns(data Interface, a, b int) {
	length := b - a
	if length >= 8 {
		random := uint64(length)
		modulus := uint(1) << uint(bitLen(length))
		idx := a + (length/4)*2
		for i := 0; i < 3; i++ {
			random ^= random << 13
			random ^= random >> 17
			random ^= random << 5
			other := int(uint(random) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data.Swap(idx-1+i, a+other)
		}
	}
}

// choosePivot picks a pivot in data[a:b]: the element at 1/2 of the range
// for short ranges, the median of the elements at 1/4, 1/2 and 3/4 from
// 8 elements, and the median of their neighbourhoods' medians (Tukey's
// ninther) from 50. The hint says how the samples were ordered.
func choosePivot(data Interface, a, b int) (pivot int, hint int) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns (a, b) ordered by data, counting a swap if needed.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns the index of the median of data[a], data[b], data[c].
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of data[a-1:a+2].
func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func reverseRange(data Interface, a, b int) {
	i := a
	j := b - 1
	for i < j {
		data.Swap(i, j)
		i++
		j--
	}
}

// ------------------------------------------------------------ stable

// stable sorts data[0:n] stably: insertion-sorted blocks, then merges of
// neighbouring runs of doubling length.
func stable(data Interface, n int) {
	const blockSize = 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for size := blockSize; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			b := a + 2*size
			if b > n {
				b = n
			}
			mergeInPlace(data, a, a+size, b)
		}
	}
}

// mergeInPlace merges the sorted runs data[a:m] and data[m:b], keeping
// equal elements in order (those of the left run first), without a buffer:
// take the middle element of the longer run as a pivot, find where it goes
// in the other run, rotate so that the pivot lands in its final place,
// then merge the two sides of the pivot (recursing into the smaller one).
func mergeInPlace(data Interface, a, m, b int) {
	for a < m && m < b {
		var a1, m1, b1, a2, m2, b2 int
		if m-a >= b-m {
			p := a + (m-a)/2
			// Right-run elements less than the pivot go before it; equal
			// ones stay after it (stability).
			lo, hi := m, b
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if data.Less(h, p) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			cut := lo
			rotate(data, p, m, cut)
			pos := p + (cut - m)
			a1, m1, b1 = a, p, pos
			a2, m2, b2 = pos+1, cut, b
		} else {
			p := m + (b-m)/2
			// Left-run elements greater than the pivot go after it; equal
			// ones stay before it.
			lo, hi := a, m
			for lo < hi {
				h := int(uint(lo+hi) >> 1)
				if !data.Less(p, h) {
					lo = h + 1
				} else {
					hi = h
				}
			}
			cut := lo
			rotate(data, cut, m, p+1)
			pos := cut + (p - m)
			a1, m1, b1 = a, cut, pos
			a2, m2, b2 = pos+1, p+1, b
		}
		if b1-a1 < b2-a2 {
			mergeInPlace(data, a1, m1, b1)
			a, m, b = a2, m2, b2
		} else {
			mergeInPlace(data, a2, m2, b2)
			a, m, b = a1, m1, b1
		}
	}
}

// rotate turns data[a:m], data[m:b] into data[m:b], data[a:m].
func rotate(data Interface, a, m, b int) {
	if a == m || m == b {
		return
	}
	reverseRange(data, a, m)
	reverseRange(data, m, b)
	reverseRange(data, a, b)
}

// ------------------------------------------------------------ API

// Sort sorts data in ascending order as determined by the Less method.
// The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(n))
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	data Interface
}

func (r reverse) Len() int           { return r.data.Len() }
func (r reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// funcSorter sorts a slice held in an interface with a less function.
type funcSorter struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (f *funcSorter) Len() int           { return f.n }
func (f *funcSorter) Less(i, j int) bool { return f.less(i, j) }
func (f *funcSorter) Swap(i, j int)      { swapAny(f.x, i, j) }

// Slice sorts the slice x given the provided less function. It panics if
// x is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	n := lenAny(x)
	if n <= 1 {
		return
	}
	pdqsort(&funcSorter{x, n, less}, 0, n, bitLen(n))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := lenAny(x)
	stable(&funcSorter{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := lenAny(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n), f(i) ==
// true implies f(i+1) == true. It returns n when there is no such index.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0,
// n) at which cmp(i) <= 0. found is true if i < n and cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { sortInts(x) }

// Float64s sorts a slice of float64s in increasing order. Not-a-number
// (NaN) values are ordered before other values.
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { sortStrings(x) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing
// order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// SearchInts searches for x in a sorted slice of ints and returns the
// index as specified by Search.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns
// the index as specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings and returns
// the index as specified by Search.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { sortInts(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j]: NaN values
// first, then increasing.
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver
// and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { sortStrings(x) }

// Search returns the result of applying SearchStrings to the receiver and
// x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }
