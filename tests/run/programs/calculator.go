// run

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

var kindNames = [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}

func (k TokKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9' || c == '.':
			start := i
			for i < len(src) && (src[i] >= '0' && src[i] <= '9' || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], start})
		case c >= 'a' && c <= 'z':
			start := i
			for i < len(src) && src[i] >= 'a' && src[i] <= 'z' {
				i++
			}
			toks = append(toks, Token{IDENT, src[start:i], start})
		case strings.IndexByte("+-*/^%", c) >= 0:
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

var errDivZero = errors.New("division by zero")

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) primary() (float64, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Text, 64)
	case IDENT:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, fmt.Errorf("undefined variable %s", t.Text)
		}
		return v, nil
	case OP:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	case LPAREN:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.next().Kind != RPAREN {
			return 0, errors.New("missing )")
		}
		return v, nil
	}
	return 0, fmt.Errorf("unexpected %v %q at %d", t.Kind, t.Text, t.Pos)
}

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text) // right associative
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, errDivZero
			}
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			r := 1.0
			for i := 0; i < int(rhs); i++ {
				r *= lhs
			}
			lhs = r
		}
	}
}

func eval(src string, vars map[string]float64) (float64, error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err != nil {
		return 0, err
	}
	if p.peek().Kind != EOF {
		return 0, fmt.Errorf("trailing %v", p.peek().Kind)
	}
	return v, nil
}

func main() {
	toks, _ := tokenize("x*(2+3.5)")
	for _, t := range toks {
		fmt.Printf("%v:%q@%d ", t.Kind, t.Text, t.Pos)
	}
	fmt.Println()
	vars := map[string]float64{"x": 4, "pi": 3.14159}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x * x - 1", "-x + 10 % 3", "pi * 2", "10 / (5 - 5)", "1 + y", "3 $ 4", "(1 + 2", "1 2", "7 / 2 - 0.25"} {
		v, err := eval(src, vars)
		if err != nil {
			fmt.Printf("%-14s error: %v (divzero=%v)\n", src, err, errors.Is(err, errDivZero))
			continue
		}
		fmt.Printf("%-14s = %g\n", src, v)
	}
}
