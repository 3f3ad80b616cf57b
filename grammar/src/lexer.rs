//! The lexer the parser reads: logos classification plus Go's rules.
//!
//! Invariants:
//! - Never fails and never panics: every malformed literal or stray byte is
//!   recorded as a `LexError` with its span, and a best-effort token (or none)
//!   is produced so parsing continues and all errors are reported at once.
//! - Implements Go's automatic semicolon insertion: after a line's final
//!   token, if that token is an identifier, a literal, one of the keywords
//!   `break continue fallthrough return` or one of `++ -- ) ] }`, a
//!   `Tok::Semi(true)` is inserted. End of input counts as a newline, and so
//!   does a `/* */` comment that spans lines.
//! - Spans are byte offsets into the original source.

use crate::token::{AssignOp, RawTok, Tok};
use logos::Logos;

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub lo: usize,
    pub hi: usize,
    pub msg: String,
}

pub type Spanned = (usize, Tok, usize);

pub struct Lexer<'s> {
    src: &'s str,
    inner: logos::Lexer<'s, RawTok>,
    /// End of the last real token, and whether a newline after it inserts `;`.
    last_end: usize,
    last_semi: bool,
    /// A newline was seen inside a comment since the last real token.
    comment_newline: bool,
    pending: Option<Spanned>,
    done: bool,
    pub errors: Vec<LexError>,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Self {
        let mut inner = RawTok::lexer(src);
        // A byte-order mark is allowed only as the very first character.
        if src.starts_with('\u{feff}') {
            inner.bump('\u{feff}'.len_utf8());
        }
        let errors = src
            .char_indices()
            .filter(|&(i, c)| c == '\u{feff}' && i > 0)
            .map(|(i, c)| LexError {
                lo: i,
                hi: i + c.len_utf8(),
                msg: "invalid BOM in the middle of the file".into(),
            })
            .collect();
        Lexer {
            src,
            inner,
            last_end: 0,
            last_semi: false,
            comment_newline: false,
            pending: None,
            done: false,
            errors,
        }
    }

    fn error(&mut self, lo: usize, hi: usize, msg: impl Into<String>) {
        self.errors.push(LexError {
            lo,
            hi,
            msg: msg.into(),
        });
    }

    /// Produces the next token, inserting semicolons; `None` at end of input.
    pub fn next_token(&mut self) -> Option<Spanned> {
        if let Some(t) = self.pending.take() {
            return Some(t);
        }
        loop {
            if self.done {
                return None;
            }
            let raw = self.inner.next();
            let span = self.inner.span();
            let raw = match raw {
                None => {
                    self.done = true;
                    if self.last_semi {
                        self.last_semi = false;
                        let at = self.src.len();
                        return Some((at, Tok::Semi(true), at));
                    }
                    return None;
                }
                Some(Err(())) => {
                    let text = &self.src[span.clone()];
                    let ch = text.chars().next().unwrap_or('\u{fffd}');
                    let msg = if ch == '\0' {
                        "invalid character NUL".to_string()
                    } else if ch == '\u{feff}' {
                        "invalid BOM in the middle of the file".to_string()
                    } else {
                        format!("invalid character U+{:04X} {:?}", ch as u32, ch).replace('"', "'")
                    };
                    self.error(span.start, span.end, msg);
                    continue;
                }
                Some(Ok(r)) => r,
            };
            let text = &self.src[span.clone()];
            if raw == RawTok::LineComment {
                continue;
            }
            if raw == RawTok::BlockComment {
                if !text.ends_with("*/") || text.len() < 4 {
                    self.error(span.start, span.end, "comment not terminated");
                }
                if text.contains('\n') {
                    self.comment_newline = true;
                }
                continue;
            }
            let gap_newline =
                self.comment_newline || self.src[self.last_end..span.start].contains('\n');
            self.comment_newline = false;
            let tok = self.make_token(raw, text, span.start, span.end);
            let Some(tok) = tok else { continue };
            let semi_before = gap_newline && self.last_semi;
            self.last_end = span.end;
            self.last_semi = inserts_semi(&tok);
            let item = (span.start, tok, span.end);
            if semi_before {
                self.pending = Some(item);
                // Go reports an inserted semicolon as "newline" at the end of the line.
                let at = self.prev_line_end(span.start);
                return Some((at, Tok::Semi(true), at));
            }
            return Some(item);
        }
    }

    /// Position of the first newline before `pos` (end of the previous line).
    fn prev_line_end(&self, pos: usize) -> usize {
        let before = &self.src[..pos];
        let mut at = pos;
        for (i, c) in before.char_indices().rev() {
            if c == '\n' {
                at = i;
            } else if !c.is_whitespace() {
                break;
            }
        }
        at
    }

    fn make_token(&mut self, raw: RawTok, text: &str, lo: usize, hi: usize) -> Option<Tok> {
        use RawTok::*;
        Some(match raw {
            Ident => Tok::Ident(text.to_string()),
            Int | Float => self.number(text, lo, hi),
            Rune => Tok::Rune(self.rune(text, lo, hi)),
            Str => Tok::Str(self.string(text, lo, hi)),
            RawStr => {
                if text.len() < 2 || !text.ends_with('`') {
                    self.error(lo, hi, "raw string literal not terminated");
                }
                let inner = text.strip_prefix('`').unwrap_or(text);
                let inner = inner.strip_suffix('`').unwrap_or(inner);
                Tok::Str(inner.bytes().filter(|&b| b != b'\r').collect())
            }
            Break | Case | Chan | Const | Continue | Default | Defer | Else | Fallthrough | For
            | Func | Go | Goto | If | Import | Interface | Map | Package | Range | Return
            | Select | Struct | Switch | Type | Var => Tok::Kw(raw),
            AddAssign => Tok::AssignOp(AssignOp::Add),
            SubAssign => Tok::AssignOp(AssignOp::Sub),
            MulAssign => Tok::AssignOp(AssignOp::Mul),
            QuoAssign => Tok::AssignOp(AssignOp::Quo),
            RemAssign => Tok::AssignOp(AssignOp::Rem),
            AndAssign => Tok::AssignOp(AssignOp::And),
            OrAssign => Tok::AssignOp(AssignOp::Or),
            XorAssign => Tok::AssignOp(AssignOp::Xor),
            ShlAssign => Tok::AssignOp(AssignOp::Shl),
            ShrAssign => Tok::AssignOp(AssignOp::Shr),
            AndNotAssign => Tok::AssignOp(AssignOp::AndNot),
            Semi => Tok::Semi(false),
            LineComment | BlockComment => return None,
            _ => Tok::Op(raw),
        })
    }

    /// Validates a number literal and returns it with `_` separators removed.
    fn number(&mut self, text: &str, lo: usize, hi: usize) -> Tok {
        let imag = text.ends_with('i');
        let body = if imag { &text[..text.len() - 1] } else { text };
        let lower = body.to_ascii_lowercase();
        let (base, digits_start, name) = if lower.starts_with("0x") {
            (16, 2, "hexadecimal")
        } else if lower.starts_with("0b") {
            (2, 2, "binary")
        } else if lower.starts_with("0o") {
            (8, 2, "octal")
        } else {
            (10, 0, "decimal")
        };
        let rest = &lower[digits_start..];
        let (mant, exp) = match base {
            16 => match rest.find('p') {
                Some(i) => (&rest[..i], Some(&rest[i + 1..])),
                None => (rest, None),
            },
            10 => match rest.find('e') {
                Some(i) => (&rest[..i], Some(&rest[i + 1..])),
                None => (rest, None),
            },
            _ => (rest, None),
        };
        let is_float = mant.contains('.') || exp.is_some();
        // `_` may only stand between two digits, or between a base prefix and a digit.
        let is_digit = |c: u8| {
            if base == 16 {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        };
        let bytes = lower.as_bytes();
        let bad_underscore = bytes.iter().enumerate().any(|(i, &b)| {
            if b != b'_' {
                return false;
            }
            let prev_ok = if digits_start > 0 && i == digits_start {
                true
            } else {
                i > 0 && is_digit(bytes[i - 1])
            };
            let next_ok = i + 1 < bytes.len() && is_digit(bytes[i + 1]);
            !(prev_ok && next_ok)
        });
        let mut err: Option<String> = None;
        let mant_digits: String = mant.chars().filter(|&c| c != '_' && c != '.').collect();
        if mant.matches('.').count() > 1 {
            err = Some("invalid radix point in number literal".into());
        } else if base != 10 && mant_digits.is_empty() {
            err = Some(format!("{name} literal has no digits"));
        } else if is_float && (base == 2 || base == 8) {
            err = Some(format!("invalid radix point in {name} literal"));
        } else if base == 16 && is_float && exp.is_none() {
            err = Some("hexadecimal mantissa requires a 'p' exponent".into());
        } else if let Some(e) = exp {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            if e.is_empty() || !e.chars().all(|c| c.is_ascii_digit() || c == '_') {
                if e.chars().any(|c| !c.is_ascii_digit() && c != '_') && !e.is_empty() {
                    let c = e
                        .chars()
                        .find(|c| !c.is_ascii_digit() && *c != '_')
                        .unwrap_or('?');
                    err = Some(format!("invalid digit {c:?} in exponent").replace('"', "'"));
                } else {
                    err = Some("exponent has no digits".into());
                }
            }
        }
        if err.is_none() {
            let legacy_octal =
                base == 10 && !is_float && !imag && mant.len() > 1 && mant.starts_with('0');
            let check_base = if legacy_octal { 8 } else { base };
            for c in mant.chars() {
                if c == '_' || c == '.' {
                    continue;
                }
                let ok = c.is_digit(check_base);
                if !ok {
                    let what = if legacy_octal { "octal" } else { name };
                    err = Some(format!("invalid digit {c:?} in {what} literal").replace('"', "'"));
                    break;
                }
            }
        }
        if err.is_none() && bad_underscore {
            err = Some("'_' must separate successive digits".into());
        }
        if let Some(e) = err {
            self.error(lo, hi, e);
        }
        let clean: String = body.chars().filter(|&c| c != '_').collect();
        if imag {
            self.error(
                lo,
                hi,
                "imaginary (complex) literals are not supported by Gust",
            );
            return Tok::Imag(clean);
        }
        if is_float {
            Tok::Float(clean)
        } else {
            Tok::Int(clean)
        }
    }

    fn rune(&mut self, text: &str, lo: usize, hi: usize) -> u32 {
        if text.len() < 2 || !text.ends_with('\'') || text == "'\\'" {
            let msg = if self.src[hi..].starts_with('\n') {
                "newline in rune literal"
            } else {
                "rune literal not terminated"
            };
            self.error(lo, hi, msg);
            return 0;
        }
        let inner = &text[1..text.len() - 1];
        let mut chars = Vec::new();
        self.unescape(inner, lo + 1, b'\'', &mut |c| chars.push(c));
        match chars.len() {
            1 => match chars[0] {
                Unit::Char(c) => c,
                Unit::Byte(b) => b as u32,
            },
            0 => {
                self.error(lo, hi, "empty rune literal or unescaped ' in rune literal");
                0
            }
            _ => {
                self.error(lo, hi, "more than one character in rune literal");
                0
            }
        }
    }

    fn string(&mut self, text: &str, lo: usize, hi: usize) -> Vec<u8> {
        if text.len() < 2 || !text.ends_with('"') || ends_with_escaped_quote(text) {
            let msg = if self.src[hi..].starts_with('\n') {
                "newline in string"
            } else {
                "string literal not terminated"
            };
            self.error(lo, hi, msg);
            let inner = text.strip_prefix('"').unwrap_or(text);
            return inner.as_bytes().to_vec();
        }
        let inner = &text[1..text.len() - 1];
        let mut out = Vec::new();
        self.unescape(inner, lo + 1, b'"', &mut |u| match u {
            Unit::Char(c) => {
                let ch = char::from_u32(c).unwrap_or('\u{fffd}');
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            Unit::Byte(b) => out.push(b),
        });
        out
    }

    /// Decodes Go escapes in a rune or string body starting at byte `base`.
    fn unescape(&mut self, s: &str, base: usize, quote: u8, emit: &mut dyn FnMut(Unit)) {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] != b'\\' {
                let c = s[i..].chars().next().unwrap_or('\u{fffd}');
                emit(Unit::Char(c as u32));
                i += c.len_utf8();
                continue;
            }
            let start = i;
            i += 1;
            let Some(&e) = b.get(i) else {
                self.error(base + start, base + i, "escape sequence not terminated");
                return;
            };
            i += 1;
            let simple = match e {
                b'a' => Some(7u32),
                b'b' => Some(8),
                b'f' => Some(12),
                b'n' => Some(10),
                b'r' => Some(13),
                b't' => Some(9),
                b'v' => Some(11),
                b'\\' => Some(b'\\' as u32),
                q if q == quote => Some(q as u32),
                _ => None,
            };
            if let Some(c) = simple {
                emit(Unit::Char(c));
                continue;
            }
            let (n, radix, max, is_byte) = match e {
                b'0'..=b'7' => (3, 8, 255, true),
                b'x' => (2, 16, 255, true),
                b'u' => (4, 16, 0x10ffff, false),
                b'U' => (8, 16, 0x10ffff, false),
                _ => {
                    let c = s[i - 1..].chars().next().unwrap_or('?');
                    i = i - 1 + c.len_utf8();
                    self.error(base + start, base + i, "unknown escape sequence");
                    continue;
                }
            };
            let digits_from = if e.is_ascii_digit() { i - 1 } else { i };
            let mut v: u32 = 0;
            let mut j = digits_from;
            let mut ok = true;
            while j < digits_from + n {
                match b.get(j).and_then(|&d| (d as char).to_digit(radix)) {
                    Some(d) => v = v * radix + d,
                    None => {
                        ok = false;
                        break;
                    }
                }
                j += 1;
            }
            i = j;
            if !ok {
                let what = if radix == 8 { "octal" } else { "hexadecimal" };
                self.error(
                    base + start,
                    base + i,
                    format!("invalid character in {what} escape"),
                );
                continue;
            }
            if v > max || (!is_byte && (0xd800..0xe000).contains(&v)) {
                if is_byte {
                    self.error(
                        base + start,
                        base + i,
                        format!("octal escape value {v} > 255"),
                    );
                } else {
                    self.error(
                        base + start,
                        base + i,
                        "escape is invalid Unicode code point",
                    );
                }
                continue;
            }
            emit(if is_byte {
                Unit::Byte(v as u8)
            } else {
                Unit::Char(v)
            });
        }
    }
}

enum Unit {
    Char(u32),
    Byte(u8),
}

/// `"abc\"` — the closing quote is escaped, so the literal is unterminated.
fn ends_with_escaped_quote(text: &str) -> bool {
    let body = &text[1..text.len() - 1];
    let trailing = body.bytes().rev().take_while(|&b| b == b'\\').count();
    trailing % 2 == 1
}

fn inserts_semi(t: &Tok) -> bool {
    match t {
        Tok::Ident(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Rune(_) | Tok::Str(_) => {
            true
        }
        Tok::Kw(k) => matches!(
            k,
            RawTok::Break | RawTok::Continue | RawTok::Fallthrough | RawTok::Return
        ),
        Tok::Op(o) => matches!(
            o,
            RawTok::Inc | RawTok::Dec | RawTok::RParen | RawTok::RBrack | RawTok::RBrace
        ),
        _ => false,
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_token().map(Ok)
    }
}

/// Tokenizes a whole source (used by tests and tools).
pub fn tokenize(src: &str) -> (Vec<Spanned>, Vec<LexError>) {
    let mut lx = Lexer::new(src);
    let mut out = Vec::new();
    while let Some(t) = lx.next_token() {
        out.push(t);
    }
    (out, lx.errors)
}
