// Package heap: heap operations over any type implementing heap.Interface.
// Written in Go (Gust's own implementation): the element at index 0 is the
// minimum according to Less.
package heap

import "sort"

type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariant in O(n).
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x and restores the invariant in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the minimum element.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the invariant after the element at index i changed.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

func siftUp(h Interface, child int) {
	for child > 0 {
		parent := (child - 1) / 2
		if !h.Less(child, parent) {
			return
		}
		h.Swap(parent, child)
		child = parent
	}
}

// siftDown moves the element at start down within h[0:n]; it reports
// whether the element moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		smallest := 2*i + 1
		if smallest >= n || smallest < 0 {
			break
		}
		if right := smallest + 1; right < n && h.Less(right, smallest) {
			smallest = right
		}
		if !h.Less(smallest, i) {
			break
		}
		h.Swap(i, smallest)
		i = smallest
	}
	return i > start
}
