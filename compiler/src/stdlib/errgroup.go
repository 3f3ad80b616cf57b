package errgroup

// Package errgroup (import path "golang.org/x/sync/errgroup"): declarations
// of the exported API of errgroup that Gust offers. The Gust type checker
// parses this file to learn the package's API; the function bodies are
// supplied natively by Gust's stdlib.

import (
	"context"
	"sync"
)

// A Group is a collection of goroutines working on subtasks that are part of
// the same overall task. A zero Group is valid, has no limit on the number
// of active goroutines, and does not cancel on error.
type Group struct {
	cancel func(error)

	wg sync.WaitGroup

	sem chan struct{}

	errOnce sync.Once
	err     error
}

func WithContext(ctx context.Context) (*Group, context.Context)
func (g *Group) Wait() error
func (g *Group) Go(f func() error)
func (g *Group) TryGo(f func() error) bool
func (g *Group) SetLimit(n int)
