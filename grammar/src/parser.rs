//! Parser driver: runs the lalrpop parser over the lexer and turns every
//! lexical and syntax error into a `SyntaxError` with a Go-style message.
//!
//! Invariants:
//! - `parse_file` never panics and always returns a `File` (possibly with
//!   `Decl::Bad`/`StmtKind::Bad` nodes) together with all errors found.
//! - Errors come back sorted by position, at most one per source line for
//!   syntax errors (as Go's parser does, later errors on a line are noise).

use crate::ast::*;
use crate::lexer::{LexError, Lexer};
use crate::token::{RawTok, Tok};
use lalrpop_util::{ErrorRecovery, ParseError};
use std::cell::{Cell, RefCell};

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    go
);

#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub msg: String,
}

/// How a clause body ends when its last statement has no `;`.
#[derive(Clone, Copy)]
pub enum Open {
    Stmt,
    /// A label with no statement after it.
    Label(Span),
}

/// A parameter before Go's grouping rule is applied (`a, b int`).
pub struct RawParam {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
    pub span: Span,
}

/// State shared with grammar actions: node ids and errors found on the way.
pub struct ParseState {
    next_id: Cell<u32>,
    errors: RefCell<Vec<SyntaxError>>,
    /// Every token handed to the parser so far (start offset and token),
    /// so syntax errors can name the construct they occur in, as Go does.
    tokens: RefCell<Vec<(usize, Tok)>>,
}

impl ParseState {
    fn new() -> Self {
        ParseState {
            next_id: Cell::new(0),
            errors: RefCell::new(Vec::new()),
            tokens: RefCell::new(Vec::new()),
        }
    }

    pub fn node_count(&self) -> u32 {
        self.next_id.get()
    }

    pub fn error(&self, span: Span, msg: impl Into<String>) {
        self.errors.borrow_mut().push(SyntaxError {
            span,
            msg: msg.into(),
        });
    }

    pub fn expr(&self, lo: usize, hi: usize, kind: ExprKind) -> Expr {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        Expr {
            id,
            span: Span::new(lo, hi),
            kind,
        }
    }

    pub fn bin(&self, lo: usize, hi: usize, op: BinOp, l: Expr, r: Expr) -> Expr {
        self.expr(lo, hi, ExprKind::Binary(op, Box::new(l), Box::new(r)))
    }

    /// `<-` applied to a bidirectional channel type is the receive-only
    /// channel type (`<-chan T` in expression position).
    pub fn unary(&self, lo: usize, hi: usize, op: UnOp, x: Expr) -> Expr {
        if op == UnOp::Recv {
            if let ExprKind::ChanType(ChanDir::Both, _) = &x.kind {
                let ExprKind::ChanType(_, elem) = x.kind else {
                    unreachable!()
                };
                return self.expr(lo, hi, ExprKind::ChanType(ChanDir::Recv, elem));
            }
        }
        self.expr(lo, hi, ExprKind::Unary(op, Box::new(x)))
    }

    pub fn recover(&self, e: ErrorRecovery<usize, Tok, LexError>) {
        if let Some(err) = convert_error(e.error, &self.tokens.borrow()) {
            self.errors.borrow_mut().push(err);
        }
    }

    /// Applies Go's parameter grouping: either every parameter is named or
    /// none is; in `a, b int` the bare names take the next type.
    pub fn params(&self, raw: Vec<RawParam>) -> Vec<Param> {
        let any_named = raw.iter().any(|p| p.name.is_some());
        if !any_named {
            return raw
                .into_iter()
                .map(|p| Param {
                    name: None,
                    ty: p.ty,
                    variadic: p.variadic,
                    span: p.span,
                })
                .collect();
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut pending: Vec<(Ident, Span)> = Vec::new();
        let mut reported = false;
        for p in raw {
            match p.name {
                Some(name) => {
                    for (n, sp) in pending.drain(..) {
                        out.push(Param {
                            name: Some(n),
                            ty: p.ty.clone(),
                            variadic: p.variadic,
                            span: sp,
                        });
                    }
                    out.push(Param {
                        name: Some(name),
                        ty: p.ty,
                        variadic: p.variadic,
                        span: p.span,
                    });
                }
                None => match (&p.ty.kind, p.variadic) {
                    (ExprKind::Ident(n), false) => pending.push((
                        Ident {
                            name: n.clone(),
                            span: p.ty.span,
                        },
                        p.span,
                    )),
                    _ => {
                        if !reported {
                            self.error(p.span, "syntax error: mixed named and unnamed parameters");
                            reported = true;
                        }
                        out.push(Param {
                            name: Some(Ident {
                                name: "_".into(),
                                span: p.span,
                            }),
                            ty: p.ty,
                            variadic: p.variadic,
                            span: p.span,
                        });
                    }
                },
            }
        }
        if let Some((_, sp)) = pending.last() {
            if !reported {
                self.error(*sp, "syntax error: mixed named and unnamed parameters");
            }
            for (n, sp) in pending {
                let bad = self.expr(sp.lo as usize, sp.hi as usize, ExprKind::Bad);
                out.push(Param {
                    name: Some(n),
                    ty: bad,
                    variadic: false,
                    span: sp,
                });
            }
        }
        out
    }

    pub fn receiver(&self, mut ps: Vec<Param>, span: Span) -> Param {
        match ps.len() {
            1 => ps.pop().unwrap(),
            0 => {
                self.error(span, "method has no receiver");
                Param {
                    name: None,
                    ty: self.expr(span.lo as usize, span.hi as usize, ExprKind::Bad),
                    variadic: false,
                    span,
                }
            }
            _ => {
                self.error(span, "method has multiple receivers");
                ps.swap_remove(0)
            }
        }
    }

    pub fn require_cond(&self, cond: Option<Expr>, at: usize, what: &str) -> Expr {
        match cond {
            Some(c) => c,
            None => {
                self.error(
                    Span::new(at, at + 1),
                    format!("missing condition in {what}"),
                );
                self.expr(at, at, ExprKind::Bad)
            }
        }
    }

    pub fn range_stmt(
        &self,
        lo: usize,
        hi: usize,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    ) -> Stmt {
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        if let Some(extra) = it.next() {
            self.error(
                extra.span,
                "range clause permits at most two iteration variables",
            );
        }
        Stmt {
            span: Span::new(lo, hi),
            kind: StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
        }
    }

    /// Clauses of a switch or select: a statement must end with `;` (or a
    /// newline) before the next `case`/`default`, as Go requires.
    pub fn clauses<C>(
        &self,
        clauses: Vec<(C, Option<Open>)>,
        head: impl Fn(&C) -> (Span, bool),
    ) -> Vec<C> {
        let mut out: Vec<C> = Vec::with_capacity(clauses.len());
        let mut prev_open = None;
        for (c, open) in clauses {
            match prev_open {
                Some(Open::Label(l)) => {
                    self.error(l, "syntax error: missing statement after label")
                }
                Some(Open::Stmt) => {
                    let (h, is_default) = head(&c);
                    let kw = if is_default { "default" } else { "case" };
                    self.error(
                        Span::new(h.lo as usize, h.lo as usize + kw.len()),
                        format!("syntax error: unexpected {kw} at end of statement"),
                    );
                }
                None => {}
            }
            prev_open = open;
            out.push(c);
        }
        out
    }

    /// Splits a switch header into an expression switch or a type switch.
    pub fn switch_stmt(
        &self,
        lo: usize,
        hi: usize,
        init: Option<Stmt>,
        tag: Option<Stmt>,
        clauses: Vec<CaseClause>,
        lbrace: Span,
    ) -> Stmt {
        let span = Span::new(lo, hi);
        let init = init.map(Box::new);
        let Some(tag) = tag else {
            return Stmt {
                span,
                kind: StmtKind::Switch {
                    init,
                    tag: None,
                    clauses,
                    lbrace,
                },
            };
        };
        match tag.kind {
            StmtKind::Expr(e) => match e.kind {
                ExprKind::TypeAssert(x, None) => Stmt {
                    span,
                    kind: StmtKind::TypeSwitch {
                        init,
                        bind: None,
                        x: *x,
                        clauses,
                        lbrace,
                    },
                },
                kind => Stmt {
                    span,
                    kind: StmtKind::Switch {
                        init,
                        tag: Some(Expr {
                            id: e.id,
                            span: e.span,
                            kind,
                        }),
                        clauses,
                        lbrace,
                    },
                },
            },
            StmtKind::Define(mut l, mut r)
                if l.len() == 1
                    && r.len() == 1
                    && matches!(r[0].kind, ExprKind::TypeAssert(_, None))
                    && matches!(l[0].kind, ExprKind::Ident(_)) =>
            {
                let lhs = l.pop().unwrap();
                let ExprKind::Ident(name) = lhs.kind else {
                    unreachable!()
                };
                let ExprKind::TypeAssert(x, None) = r.pop().unwrap().kind else {
                    unreachable!()
                };
                Stmt {
                    span,
                    kind: StmtKind::TypeSwitch {
                        init,
                        bind: Some(Ident {
                            name,
                            span: lhs.span,
                        }),
                        x: *x,
                        clauses,
                        lbrace,
                    },
                }
            }
            _ => {
                let text = tokens_text(
                    &self.tokens.borrow(),
                    tag.span.lo as usize,
                    tag.span.hi as usize,
                );
                self.error(
                    tag.span,
                    format!("syntax error: cannot use {text} as value"),
                );
                Stmt {
                    span,
                    kind: StmtKind::Switch {
                        init,
                        tag: None,
                        clauses,
                        lbrace,
                    },
                }
            }
        }
    }
}

fn tok_name(expected: &str) -> String {
    let t = expected.trim_matches('"');
    match t {
        "," => "comma".to_string(),
        ";" => "semicolon or newline".to_string(),
        "ident" => "name".to_string(),
        "int" | "float" | "imag" | "rune" | "string" => "literal".to_string(),
        "op=" => "assignment operator".to_string(),
        _ => t.to_string(),
    }
}

/// Operators and brackets that could only continue an expression: Go
/// never lists them among what it expected.
const CONTINUATIONS: &[&str] = &[
    "||",
    "&&",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "+",
    "-",
    "|",
    "^",
    "*",
    "/",
    "%",
    "<<",
    ">>",
    "&",
    "&^",
    ".",
    "[",
    "++",
    "--",
    "<-",
    "assignment operator",
];

/// Whether everything expected (besides operators that would continue an
/// expression) only ends a statement: then the token came too early.
fn ends_statement(expected: &[String]) -> bool {
    let names: Vec<String> = expected.iter().map(|e| tok_name(e)).collect();
    let rest: Vec<&String> = names
        .iter()
        .filter(|n| {
            !CONTINUATIONS.contains(&n.as_str())
                && !["(", ":=", "=", "comma", "{"].contains(&n.as_str())
        })
        .collect();
    !rest.is_empty()
        && rest
            .iter()
            .all(|n| *n == "semicolon or newline" || *n == "}")
}

/// Go lists what it expected in a fixed order and never lists operators
/// that could merely continue an expression.
fn expecting(expected: &[String]) -> String {
    const ORDER: &[&str] = &[
        ":=", "=", ":", "comma", ")", "]", "}", "{", "name", "(", "literal",
    ];
    let mut names: Vec<String> = Vec::new();
    for e in expected {
        let n = tok_name(e);
        if !names.contains(&n) {
            names.push(n);
        }
    }
    if names.iter().any(|n| !CONTINUATIONS.contains(&n.as_str())) {
        names.retain(|n| !CONTINUATIONS.contains(&n.as_str()));
    }
    names.sort_by_key(|n| ORDER.iter().position(|o| o == n).unwrap_or(ORDER.len()));
    if names.is_empty() || names.len() > 4 {
        return String::new();
    }
    format!(", expecting {}", names.join(" or "))
}

/// Source-like text of the tokens starting in `lo..hi`.
fn tokens_text(history: &[(usize, Tok)], lo: usize, hi: usize) -> String {
    let parts: Vec<String> = history
        .iter()
        .filter(|(p, _)| (lo..hi).contains(p))
        .map(|(_, t)| t.text())
        .collect();
    parts.join(" ")
}

/// The `if`/`for`/`switch` whose header contains the token at `at`
/// (the nearest one before it with no unclosed `{` in between).
fn header_keyword(history: &[(usize, Tok)], at: usize) -> Option<&'static str> {
    let mut depth = 0i32;
    for (_, t) in history.iter().rev().skip(at) {
        match t {
            Tok::Op(RawTok::RBrace) => depth += 1,
            Tok::Op(RawTok::LBrace) => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            Tok::Kw(RawTok::If) if depth == 0 => return Some("if"),
            Tok::Kw(RawTok::For) if depth == 0 => return Some("for"),
            Tok::Kw(RawTok::Switch) if depth == 0 => return Some("switch"),
            _ => {}
        }
    }
    None
}

fn convert_error(
    e: ParseError<usize, Tok, LexError>,
    history: &[(usize, Tok)],
) -> Option<SyntaxError> {
    Some(match e {
        // Lexical errors are collected by the lexer itself.
        ParseError::User { .. } => return None,
        ParseError::InvalidToken { location } => SyntaxError {
            span: Span::new(location, location + 1),
            msg: "syntax error: invalid token".into(),
        },
        ParseError::UnrecognizedEof { location, expected } => SyntaxError {
            span: Span::new(location, location),
            msg: format!("syntax error: unexpected EOF{}", expecting(&expected)),
        },
        ParseError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => {
            let has = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
            let only_semi = expected.iter().all(|e| e == "\";\"");
            // Position of the offending token in the history, counted from the end.
            let back = history
                .iter()
                .rev()
                .position(|(p, _)| *p == lo)
                .unwrap_or(0);
            let prev = history.iter().rev().nth(back + 1).map(|(_, t)| t);
            let msg = match &tok {
                Tok::Kw(RawTok::Import) => {
                    "syntax error: imports must appear before other declarations".to_string()
                }
                // `func f()` and `{` on the next line.
                Tok::Op(RawTok::LBrace)
                    if matches!(prev, Some(Tok::Semi(true))) && has("func") && has("var") =>
                {
                    "syntax error: unexpected semicolon or newline before {".to_string()
                }
                // `x List[int]`: a generic type instantiation.
                Tok::Op(RawTok::LBrack) if matches!(prev, Some(Tok::Ident(_))) && !has("[") => {
                    "syntax error: unexpected [: generic type instantiation is not supported by Gust"
                        .to_string()
                }
                _ if matches!(prev, Some(Tok::Kw(RawTok::Chan))) => {
                    "syntax error: missing channel element type".to_string()
                }
                // `type T` and nothing after it on the line.
                Tok::Semi(true)
                    if matches!(prev, Some(Tok::Ident(_)))
                        && matches!(history.iter().rev().nth(back + 2), Some((_, Tok::Kw(RawTok::Type)))) =>
                {
                    "syntax error: unexpected newline in type declaration".to_string()
                }
                // `for x` then `{` on the next line: `x;` read as the init statement.
                Tok::Op(RawTok::LBrace)
                    if matches!(prev, Some(Tok::Semi(true)))
                        && header_keyword(history, back + 1) == Some("for") =>
                {
                    "syntax error: unexpected {, expecting for loop condition".to_string()
                }
                // `if x` / `for x` / `switch x` with `{` on the next line.
                Tok::Semi(true) if has("{") => match header_keyword(history, back) {
                    Some("switch") => {
                        "syntax error: unexpected newline, missing { after switch clause".to_string()
                    }
                    Some(kw) => format!("syntax error: unexpected newline, expecting {{ after {kw} clause"),
                    None => "syntax error: unexpected newline, expecting {".to_string(),
                },
                Tok::Kw(RawTok::Var)
                    if matches!(prev, Some(Tok::Kw(RawTok::If | RawTok::For | RawTok::Switch))) =>
                {
                    let kw = match prev {
                        Some(Tok::Kw(RawTok::If)) => "if",
                        Some(Tok::Kw(RawTok::For)) => "for",
                        _ => "switch",
                    };
                    format!("syntax error: var declaration not allowed in {kw} initializer")
                }
                _ if matches!(prev, Some(Tok::Kw(RawTok::Else))) => {
                    "syntax error: else must be followed by if or statement block".to_string()
                }
                // At top level only declarations may start.
                _ if has("func") && has("var") && has("type") && !has("return") => {
                    "syntax error: non-declaration statement outside function body".to_string()
                }
                Tok::Semi(true) if has(",") && has("}") => {
                    "syntax error: unexpected newline in composite literal; possibly missing comma or }"
                        .to_string()
                }
                Tok::Semi(true) if has(",") && has(")") => {
                    "syntax error: unexpected newline in argument list; possibly missing comma or )"
                        .to_string()
                }
                // `if x := f() {`: a header's simple statement with no condition after it.
                Tok::Op(RawTok::LBrace) if only_semi => {
                    let kw_at = history.iter().rev().skip(back).position(|(_, t)| {
                        matches!(t, Tok::Kw(RawTok::If | RawTok::For | RawTok::Switch))
                    });
                    match kw_at {
                        Some(k) => {
                            let start = history.len() - 1 - back - k;
                            let from = history.get(start + 1).map_or(lo, |t| t.0);
                            let text = tokens_text(history, from, lo);
                            format!("syntax error: cannot use {text} as value")
                        }
                        None => "syntax error: missing condition".to_string(),
                    }
                }
                _ if only_semi || expected.is_empty() || ends_statement(&expected) => format!(
                    "syntax error: unexpected {} at end of statement",
                    tok.describe()
                ),
                _ => format!(
                    "syntax error: unexpected {}{}",
                    tok.describe(),
                    expecting(&expected)
                ),
            };
            SyntaxError {
                span: Span::new(lo, hi.max(lo + 1)),
                msg,
            }
        }
        ParseError::ExtraToken {
            token: (lo, tok, hi),
        } => SyntaxError {
            span: Span::new(lo, hi),
            msg: format!("syntax error: unexpected {}", tok.describe()),
        },
    })
}

/// Parses one Go source file. Always returns a tree; `errors` lists every
/// lexical and syntax error in source order.
pub fn parse_file(src: &str) -> (File, Vec<SyntaxError>) {
    let st = ParseState::new();
    let mut lexer = Lexer::new(src);
    let result = {
        let parser = go::SourceFileParser::new();
        let iter = std::iter::from_fn(|| {
            let t = lexer.next_token()?;
            st.tokens.borrow_mut().push((t.0, t.1.clone()));
            Some(Ok::<_, LexError>(t))
        });
        parser.parse(&st, iter)
    };
    let mut errors = st.errors.into_inner();
    let file = match result {
        Ok(f) => f,
        Err(e) => {
            errors.extend(convert_error(e, &st.tokens.borrow()));
            File {
                package: Ident {
                    name: "main".into(),
                    span: Span::default(),
                },
                imports: vec![],
                decls: vec![],
                node_count: st.next_id.get(),
            }
        }
    };
    for le in lexer.errors {
        errors.push(SyntaxError {
            span: Span::new(le.lo, le.hi),
            msg: le.msg,
        });
    }
    errors.sort_by_key(|e| (e.span.lo, e.span.hi));
    // One syntax error per line, like Go; lexical errors are all kept. After
    // a syntax error inside a function, recovery may resume at top level and
    // see the rest of the body as stray statements: those are not reported.
    let mut out: Vec<SyntaxError> = Vec::new();
    let mut last_line = usize::MAX;
    let mut seen_syntax = false;
    let mut last_was_stray = false;
    for e in errors {
        // Cascades of an earlier syntax error inside a function: the rest
        // of its body seen at top level, or the end of input. Stray
        // statements after a top-level one are each reported, as in Go.
        let stray = e
            .msg
            .contains("non-declaration statement outside function body");
        let cascade =
            (stray && !last_was_stray) || e.msg.starts_with("syntax error: unexpected EOF");
        if cascade && seen_syntax {
            continue;
        }
        if e.msg.starts_with("syntax error") {
            last_was_stray = stray;
        }
        seen_syntax |= e.msg.starts_with("syntax error");
        let line = src[..(e.span.lo as usize).min(src.len())]
            .matches('\n')
            .count();
        if e.msg.starts_with("syntax error") && line == last_line {
            continue;
        }
        if e.msg.starts_with("syntax error") {
            last_line = line;
        }
        out.push(e);
    }
    (file, out)
}
