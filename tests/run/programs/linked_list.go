// run

package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, n.Val)
	}
	sb.WriteString("]")
	return sb.String()
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

func main() {
	l := &List{}
	fmt.Println(l, l.size)
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(0))
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum", sum)
	var empty List
	empty.Reverse()
	fmt.Println(empty.String(), empty.Remove(1))
	fmt.Printf("%v %s\n", l, l)
}
