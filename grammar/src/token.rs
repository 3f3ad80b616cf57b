//! Raw tokens recognised by logos, and the token type the parser consumes.
//!
//! The logos automaton (`RawTok`) only classifies text; `lexer.rs` decodes
//! literals, checks number syntax, inserts Go's automatic semicolons and
//! reports lexical errors, producing `Tok` values for the lalrpop parser.

use logos::Logos;

/// What logos recognises. Whitespace is skipped here; comments are kept as
/// tokens so the semicolon-insertion pass can see newlines inside `/* */`.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\r\n]+")]
pub enum RawTok {
    #[token("//", line_comment)]
    LineComment,
    #[token("/*", block_comment)]
    BlockComment,

    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,

    // Numbers: deliberately permissive; `lexer.rs` validates the digits and
    // underscores and reports Go's messages for malformed literals.
    #[regex(r"[0-9][0-9a-zA-Z_]*")]
    Int,
    #[regex(r"[0-9][0-9a-zA-Z_]*\.[0-9a-zA-Z_]*")]
    #[regex(r"[0-9][0-9a-zA-Z_]*[eEpP][+-][0-9a-zA-Z_]*")]
    #[regex(r"[0-9][0-9a-zA-Z_]*\.[0-9a-zA-Z_]*[eEpP][+-][0-9a-zA-Z_]*")]
    #[regex(r"\.[0-9][0-9a-zA-Z_]*")]
    #[regex(r"\.[0-9][0-9a-zA-Z_]*[eEpP][+-][0-9a-zA-Z_]*")]
    Float,

    #[regex(r"'([^'\\\n]|\\[^\n])*'?")]
    Rune,
    #[regex(r#""([^"\\\n]|\\[^\n])*"?"#)]
    Str,
    #[regex(r"`[^`]*`?")]
    RawStr,

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    // Operators and punctuation.
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
}

/// Scans a `// ...` comment up to (not including) the newline.
fn line_comment(lex: &mut logos::Lexer<RawTok>) {
    let rest = lex.remainder();
    lex.bump(rest.find('\n').unwrap_or(rest.len()));
}

/// Scans a `/* ... */` comment; an unterminated one runs to the end of input
/// (the lexer reports it by checking the final `*/`).
fn block_comment(lex: &mut logos::Lexer<RawTok>) {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(i) => lex.bump(i + 2),
        None => lex.bump(rest.len()),
    }
}

/// Which operator an assignment operator (`+=` ...) applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssignOp {
    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
}

/// The tokens the parser sees: keywords and punctuation carry nothing,
/// literals carry their decoded value (or their source text for numbers,
/// which the checker evaluates exactly).
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Ident(String),
    Int(String),
    Float(String),
    /// An imaginary literal: lexed so the parser can continue, reported by the lexer.
    Imag(String),
    Rune(u32),
    Str(Vec<u8>),
    /// `;`, with `true` when it was inserted at a newline or end of file.
    Semi(bool),
    AssignOp(AssignOp),
    Kw(RawTok),
    Op(RawTok),
}

impl Tok {
    /// The token as source text (approximately, for literals).
    pub fn text(&self) -> String {
        match self {
            Tok::Ident(s) | Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) => s.clone(),
            Tok::Rune(c) => format!("{:?}", char::from_u32(*c).unwrap_or('?')),
            Tok::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
            Tok::Semi(_) => ";".into(),
            Tok::AssignOp(op) => format!("{}=", assign_op_text(*op)),
            Tok::Kw(k) | Tok::Op(k) => raw_text(*k).into(),
        }
    }

    /// How Go's parser names a token in "syntax error: unexpected X".
    pub fn describe(&self) -> String {
        match self {
            Tok::Ident(s) => format!("name {s}"),
            Tok::Int(s) | Tok::Float(s) | Tok::Imag(s) => format!("literal {s}"),
            Tok::Rune(_) => "literal rune".to_string(),
            Tok::Str(_) => "literal string".to_string(),
            Tok::Semi(true) => "newline".to_string(),
            Tok::Semi(false) => "semicolon".to_string(),
            Tok::AssignOp(op) => format!("{}=", assign_op_text(*op)),
            Tok::Kw(k) => raw_text(*k).to_string(),
            Tok::Op(o) => match o {
                RawTok::Comma => "comma".to_string(),
                _ => raw_text(*o).to_string(),
            },
        }
    }
}

pub fn assign_op_text(op: AssignOp) -> &'static str {
    match op {
        AssignOp::Add => "+",
        AssignOp::Sub => "-",
        AssignOp::Mul => "*",
        AssignOp::Quo => "/",
        AssignOp::Rem => "%",
        AssignOp::And => "&",
        AssignOp::Or => "|",
        AssignOp::Xor => "^",
        AssignOp::Shl => "<<",
        AssignOp::Shr => ">>",
        AssignOp::AndNot => "&^",
    }
}

/// Source text of a keyword or operator token.
pub fn raw_text(t: RawTok) -> &'static str {
    use RawTok::*;
    match t {
        Break => "break",
        Case => "case",
        Chan => "chan",
        Const => "const",
        Continue => "continue",
        Default => "default",
        Defer => "defer",
        Else => "else",
        Fallthrough => "fallthrough",
        For => "for",
        Func => "func",
        Go => "go",
        Goto => "goto",
        If => "if",
        Import => "import",
        Interface => "interface",
        Map => "map",
        Package => "package",
        Range => "range",
        Return => "return",
        Select => "select",
        Struct => "struct",
        Switch => "switch",
        Type => "type",
        Var => "var",
        Add => "+",
        Sub => "-",
        Mul => "*",
        Quo => "/",
        Rem => "%",
        And => "&",
        Or => "|",
        Xor => "^",
        Shl => "<<",
        Shr => ">>",
        AndNot => "&^",
        AddAssign => "+=",
        SubAssign => "-=",
        MulAssign => "*=",
        QuoAssign => "/=",
        RemAssign => "%=",
        AndAssign => "&=",
        OrAssign => "|=",
        XorAssign => "^=",
        ShlAssign => "<<=",
        ShrAssign => ">>=",
        AndNotAssign => "&^=",
        LAnd => "&&",
        LOr => "||",
        Arrow => "<-",
        Inc => "++",
        Dec => "--",
        Eql => "==",
        Lss => "<",
        Gtr => ">",
        Assign => "=",
        Not => "!",
        Tilde => "~",
        Neq => "!=",
        Leq => "<=",
        Geq => ">=",
        Define => ":=",
        Ellipsis => "...",
        LParen => "(",
        LBrack => "[",
        LBrace => "{",
        Comma => ",",
        Period => ".",
        RParen => ")",
        RBrack => "]",
        RBrace => "}",
        Semi => ";",
        Colon => ":",
        LineComment | BlockComment => "comment",
        Ident => "name",
        Int | Float => "number",
        Rune => "rune",
        Str | RawStr => "string",
    }
}
