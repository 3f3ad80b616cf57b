// Package ring: circular doubly linked lists. Written in Go (Gust's own
// implementation). The zero Ring is a one-element ring.
package ring

type Ring struct {
	next, prev *Ring
	Value      any
}

func (r *Ring) self() *Ring {
	if r.next == nil {
		r.next = r
		r.prev = r
	}
	return r
}

// Next returns the next element.
func (r *Ring) Next() *Ring {
	return r.self().next
}

// Prev returns the previous element.
func (r *Ring) Prev() *Ring {
	return r.self().prev
}

// Move steps n elements forward (n > 0) or backward (n < 0).
func (r *Ring) Move(n int) *Ring {
	r.self()
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New makes a ring of n elements (nil for n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := &Ring{}
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link joins ring s after r and returns r's old successor.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		sBefore := s.Prev()
		r.next = s
		s.prev = r
		after.prev = sBefore
		sBefore.next = after
	}
	return after
}

// Unlink removes the n elements after r and returns them as a ring.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	return r.Link(r.Move(n + 1))
}

// Len counts the elements, in O(n).
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f on each element in forward order.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
