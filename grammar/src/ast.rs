//! The syntax tree the parser produces.
//!
//! Invariants:
//! - Every node carries a `Span` of byte offsets into its source file.
//! - Types are expressions: Go's grammar cannot tell `T(x)` (conversion) from
//!   `f(x)` (call), nor `*T` from `*p`, before names are resolved, so type
//!   syntax is represented by `ExprKind` variants (`ArrayType`, `MapType`, ...)
//!   and the checker decides whether an expression denotes a type or a value.
//! - Every `Expr` has a `NodeId` unique within its file, the key under which
//!   the checker records types and resolutions for the lowering.
//! - The parser performs no semantic checks beyond what the grammar needs;
//!   misuse that is syntactically parseable (e.g. `.(type)` outside a type
//!   switch) is reported by the checker.

use crate::token::AssignOp;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span {
            lo: lo as u32,
            hi: hi as u32,
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.lo as usize..self.hi as usize
    }
}

pub type NodeId = u32;

#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// Number of `NodeId`s handed out (ids are `0..node_count`).
    pub node_count: u32,
}

#[derive(Debug, Clone)]
pub struct Import {
    /// `None`, or the alias: a name, `.` or `_`.
    pub name: Option<Ident>,
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
pub enum Decl {
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
    /// Import declarations after other declarations (a syntax error in Go).
    Import(Vec<Import>),
    Bad(Span),
}

#[derive(Debug, Clone)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty for an implicit repetition of the previous spec's list.
    pub values: Vec<Expr>,
    /// Position of the spec in its group (the value of `iota`).
    pub iota: u32,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct TypeSpec {
    pub name: Ident,
    pub alias: bool,
    pub ty: Expr,
    /// Span of a type-parameter list, if one was written (generics are rejected).
    pub tparams: Option<Span>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct FuncDecl {
    pub recv: Option<Param>,
    pub name: Ident,
    pub sig: FuncSig,
    pub body: Option<Block>,
    pub tparams: Option<Span>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct FuncSig {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: Expr,
    /// `...T` (only valid for the final parameter).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Field {
    /// Empty for an embedded field.
    pub names: Vec<Ident>,
    pub ty: Expr,
    pub tag: Option<Vec<u8>>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum IfaceElem {
    Method {
        name: Ident,
        sig: FuncSig,
    },
    Embed(Expr),
    /// A type-set element (`~int`, `int | string`): generics, rejected.
    Union(Span),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnOp {
    Pos,
    Neg,
    Not,
    Xor,
    Deref,
    Addr,
    Recv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    LOr,
    LAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Quo,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinOp {
    pub fn text(self) -> &'static str {
        use BinOp::*;
        match self {
            LOr => "||",
            LAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }
    pub fn is_comparison(self) -> bool {
        use BinOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
    pub fn from_assign(op: AssignOp) -> BinOp {
        match op {
            AssignOp::Add => BinOp::Add,
            AssignOp::Sub => BinOp::Sub,
            AssignOp::Mul => BinOp::Mul,
            AssignOp::Quo => BinOp::Quo,
            AssignOp::Rem => BinOp::Rem,
            AssignOp::And => BinOp::And,
            AssignOp::Or => BinOp::Or,
            AssignOp::Xor => BinOp::Xor,
            AssignOp::Shl => BinOp::Shl,
            AssignOp::Shr => BinOp::Shr,
            AssignOp::AndNot => BinOp::AndNot,
        }
    }
}

impl UnOp {
    pub fn text(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Deref => "*",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Ident(String),
    IntLit(String),
    FloatLit(String),
    ImagLit(String),
    RuneLit(u32),
    StringLit(Vec<u8>),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        lbrace: Span,
    },
    FuncLit {
        sig: FuncSig,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Vec<Expr>),
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`, or `x.(type)` when the type is `None`.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `[N]T`; `len` is `None` for `[...]T`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    SliceType(Box<Expr>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncSig),
    StructType(Vec<Field>),
    InterfaceType(Vec<IfaceElem>),
    Bad,
}

#[derive(Debug, Clone)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send(Expr, Expr),
    IncDec(Expr, bool),
    /// `lhs = rhs` (op `None`) or `lhs op= rhs`.
    Assign(Vec<Expr>, Option<BinOp>, Vec<Expr>),
    /// `lhs := rhs`; the checker requires the left side to be identifiers.
    Define(Vec<Expr>, Vec<Expr>),
    Const(Vec<ConstSpec>),
    Var(Vec<VarSpec>),
    Type(Vec<TypeSpec>),
    Labeled(Ident, Box<Stmt>),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        lbrace: Span,
    },
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
        lbrace: Span,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Bad,
}

#[derive(Debug, Clone)]
pub struct CaseClause {
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// Span of the `case`/`default` keyword up to the colon.
    pub head: Span,
}

#[derive(Debug, Clone)]
pub struct CommClause {
    /// `None` for `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
    pub head: Span,
}
