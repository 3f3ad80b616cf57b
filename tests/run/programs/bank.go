// run

package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type TxError struct {
	Op     string
	Amount int
	Err    error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance int
	History []string
}

func (a *Account) Deposit(n int) error {
	if n <= 0 {
		return &TxError{"deposit", n, errors.New("amount must be positive")}
	}
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return &TxError{"withdraw", n, ErrInsufficient}
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("-%d", n))
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id string, initial int) *Account {
	if b.accounts == nil {
		b.accounts = make(map[string]*Account)
	}
	a := &Account{ID: id}
	if initial > 0 {
		a.Deposit(initial)
	}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, n int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s failed: %w", from, to, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return ErrNoAccount
	}
	dst, ok := b.accounts[to]
	if !ok {
		return ErrNoAccount
	}
	if err := src.Withdraw(n); err != nil {
		return err
	}
	return dst.Deposit(n)
}

func (b *Bank) Report() {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	total := 0
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("  %-6s %5d %v\n", a.ID, a.Balance, a.History)
	}
	fmt.Println("  total", total)
}

func main() {
	var bank Bank
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)

	ops := []struct {
		from, to string
		amt      int
	}{{"alice", "bob", 30}, {"bob", "carol", 100}, {"carol", "alice", 0}, {"dave", "bob", 5}, {"bob", "carol", 80}, {"alice", "carol", -5}}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		var txe *TxError
		switch {
		case err == nil:
			fmt.Println("ok", op.from, op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing:", err)
		case errors.As(err, &txe):
			fmt.Println("tx error on", txe.Op, ":", err)
		default:
			fmt.Println("other:", err)
		}
	}
	bank.Report()
}
