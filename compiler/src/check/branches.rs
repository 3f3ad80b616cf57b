//! Branch statements of one function body, checked on the syntax tree
//! alone: `break`, `continue`, `goto`, `fallthrough` and labels.
//!
//! Invariants: labels are scoped to the function body (a function literal
//! is checked as its own body); a `goto` may jump backwards or forwards
//! within its block or to an enclosing block, but not into a block nor over
//! a variable declaration.

use gust_grammar::ast::{Block, Span, Stmt, StmtKind};
use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq)]
enum Target {
    Loop,
    Switch,
    Select,
}

/// Where `fallthrough` may end a case clause.
#[derive(Clone, Copy, PartialEq)]
enum Fall {
    /// Last statement of a non-final expression-switch case.
    Ok,
    FinalCase,
    TypeSwitch,
}

struct Label {
    span: Span,
    used: bool,
    /// The block holding the label and the statement's index in it.
    block: usize,
    index: usize,
}

struct Goto {
    label: String,
    span: Span,
    /// (block, index) from the body's block down to the `goto`.
    path: Vec<(usize, usize)>,
}

#[derive(Default)]
struct Walk<'s> {
    errors: Vec<(Span, String)>,
    labels: HashMap<String, Label>,
    gotos: Vec<Goto>,
    /// Enclosing breakable statements, innermost last, with their label.
    targets: Vec<(Target, Option<String>)>,
    /// Statements of every block, for the declarations a goto jumps over.
    blocks: Vec<&'s [Stmt]>,
    path: Vec<(usize, usize)>,
}

/// Returns the branch errors of a function body.
pub fn check(body: &Block) -> Vec<(Span, String)> {
    let mut w = Walk::default();
    w.block(&body.stmts, None);
    w.finish();
    w.errors.sort_by_key(|e| e.0);
    w.errors
}

impl<'s> Walk<'s> {
    fn err(&mut self, span: Span, msg: String) {
        self.errors.push((span, msg));
    }

    fn block(&mut self, stmts: &'s [Stmt], fall: Option<Fall>) {
        let id = self.blocks.len();
        self.blocks.push(stmts);
        for (i, s) in stmts.iter().enumerate() {
            self.path.push((id, i));
            let last = i + 1 == stmts.len();
            self.stmt(s, id, i, if last { fall } else { None });
            self.path.pop();
        }
    }

    fn stmt(&mut self, s: &'s Stmt, block: usize, index: usize, fall: Option<Fall>) {
        match &s.kind {
            // A blank label declares nothing.
            StmtKind::Labeled(l, inner) if l.name == "_" => {
                self.labeled(inner, None, block, index, fall);
            }
            StmtKind::Labeled(l, inner) => {
                if self.labels.contains_key(&l.name) {
                    self.err(l.span, format!("label {} already defined", l.name));
                } else {
                    self.labels.insert(
                        l.name.clone(),
                        Label {
                            span: l.span,
                            used: false,
                            block,
                            index,
                        },
                    );
                }
                self.labeled(inner, Some(l.name.clone()), block, index, fall);
            }
            _ => self.labeled(s, None, block, index, fall),
        }
    }

    fn labeled(
        &mut self,
        s: &'s Stmt,
        label: Option<String>,
        block: usize,
        index: usize,
        fall: Option<Fall>,
    ) {
        match &s.kind {
            StmtKind::Labeled(..) => self.stmt(s, block, index, fall),
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                let brk = matches!(s.kind, StmtKind::Break(_));
                let kw = if brk { "break" } else { "continue" };
                let ok_kind = |t: Target| brk || t == Target::Loop;
                match l {
                    None => {
                        if !self.targets.iter().any(|(t, _)| ok_kind(*t)) {
                            let msg = if brk {
                                "break is not in a loop, switch, or select"
                            } else {
                                "continue is not in a loop"
                            };
                            self.err(s.span, msg.into());
                        }
                    }
                    Some(l) => {
                        let target = self
                            .targets
                            .iter()
                            .rev()
                            .find(|(_, n)| n.as_deref() == Some(&l.name))
                            .map(|(t, _)| *t);
                        match (target, self.labels.get_mut(&l.name)) {
                            (Some(t), Some(lab)) if ok_kind(t) => lab.used = true,
                            (_, Some(lab)) => {
                                lab.used = true;
                                self.err(l.span, format!("invalid {kw} label {}", l.name));
                            }
                            (_, None) => {
                                self.err(l.span, format!("{kw} label not defined: {}", l.name))
                            }
                        }
                    }
                }
            }
            StmtKind::Goto(l) => self.gotos.push(Goto {
                label: l.name.clone(),
                span: l.span,
                path: self.path.clone(),
            }),
            StmtKind::Fallthrough => match fall {
                Some(Fall::Ok) => {}
                Some(Fall::FinalCase) => {
                    self.err(s.span, "cannot fallthrough final case in switch".into())
                }
                Some(Fall::TypeSwitch) => {
                    self.err(s.span, "cannot fallthrough in type switch".into())
                }
                None => self.err(s.span, "fallthrough statement out of place".into()),
            },
            StmtKind::Block(b) => self.block(&b.stmts, None),
            StmtKind::If { then, els, .. } => {
                self.block(&then.stmts, None);
                if let Some(e) = els {
                    self.labeled(e, None, block, index, None);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.targets.push((Target::Loop, label));
                self.block(&body.stmts, None);
                self.targets.pop();
            }
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                let type_switch = matches!(s.kind, StmtKind::TypeSwitch { .. });
                self.targets.push((Target::Switch, label));
                for (i, c) in clauses.iter().enumerate() {
                    let fall = if type_switch {
                        Fall::TypeSwitch
                    } else if i + 1 == clauses.len() {
                        Fall::FinalCase
                    } else {
                        Fall::Ok
                    };
                    self.block(&c.body, Some(fall));
                }
                self.targets.pop();
            }
            StmtKind::Select { clauses } => {
                self.targets.push((Target::Select, label));
                for c in clauses {
                    self.block(&c.body, None);
                }
                self.targets.pop();
            }
            _ => {}
        }
    }

    fn finish(&mut self) {
        let gotos = std::mem::take(&mut self.gotos);
        for g in gotos {
            let Some(lab) = self.labels.get_mut(&g.label) else {
                self.err(g.span, format!("label {} not defined", g.label));
                continue;
            };
            lab.used = true;
            let (lblock, lindex) = (lab.block, lab.index);
            // The label's block must be the goto's block or enclose it.
            let Some(&(_, gindex)) = g.path.iter().find(|(b, _)| *b == lblock) else {
                self.err(g.span, format!("goto {} jumps into block", g.label));
                continue;
            };
            if lindex > gindex {
                let skipped = &self.blocks[lblock][gindex + 1..lindex];
                if skipped
                    .iter()
                    .any(|s| matches!(s.kind, StmtKind::Var(_) | StmtKind::Define(..)))
                {
                    self.err(
                        g.span,
                        format!("goto {} jumps over variable declaration", g.label),
                    );
                }
            }
        }
        let mut unused: Vec<(Span, String)> = self
            .labels
            .iter()
            .filter(|(_, l)| !l.used)
            .map(|(n, l)| (l.span, format!("label {n} defined and not used")))
            .collect();
        self.errors.append(&mut unused);
    }
}
