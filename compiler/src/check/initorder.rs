//! Package-level variable initialization order (Go spec, "Package
//! initialization") and initialization cycles.
//!
//! Invariants: a variable depends on every package-level variable its
//! initializer mentions, directly or through the bodies of package-level
//! functions and methods it mentions (a method is mentioned by a method
//! value or expression `t.m` on a non-interface type). Variables are
//! initialized by repeatedly taking the earliest one in declaration order
//! whose dependencies are all initialized; when none is ready, the remaining
//! ones form a cycle, which is reported once.

use super::*;
use gust_grammar::visit;
use std::collections::{HashMap, HashSet};

impl<'a> Checker<'a> {
    /// Computes `info.init_order` for the package in file `fi`.
    pub(super) fn init_order(&mut self, fi: usize) {
        self.enter_file(fi);
        let file = self.files[fi];
        let pscope = self.pkgs[self.cur_pkg].scope;
        let global = |c: &Self, name: &str| c.scopes[pscope].names.get(name).copied();

        // Direct references of each variable's initializer and function body.
        let mut vars: Vec<ObjId> = vec![];
        let mut refs: HashMap<ObjId, Vec<ObjId>> = HashMap::new();
        for d in &file.decls {
            match d {
                ast::Decl::Var(specs) => {
                    for spec in specs {
                        for (i, n) in spec.names.iter().enumerate() {
                            let Some(id) = self.var_obj(n) else { continue };
                            vars.push(id);
                            let inits: Vec<&ast::Expr> = if spec.values.len() == spec.names.len() {
                                vec![&spec.values[i]]
                            } else {
                                spec.values.iter().collect()
                            };
                            let mut r = vec![];
                            for e in inits {
                                visit::walk_expr(e, &mut |x| r.extend(self.init_ref(fi, x)));
                            }
                            refs.insert(id, r);
                        }
                    }
                }
                ast::Decl::Func(f) => {
                    let id = if f.recv.is_none() {
                        global(self, &f.name.name)
                    } else {
                        self.method_obj(&f.name)
                    };
                    let (Some(body), Some(id)) = (&f.body, id) else {
                        continue;
                    };
                    let mut r = vec![];
                    visit::walk_block(body, &mut |x| r.extend(self.init_ref(fi, x)));
                    refs.insert(id, r);
                }
                _ => {}
            }
        }
        let is_var: HashSet<ObjId> = vars.iter().copied().collect();

        // Variables each variable depends on, through functions.
        let mut deps: HashMap<ObjId, HashSet<ObjId>> = HashMap::new();
        for &v in &vars {
            let mut seen: HashSet<ObjId> = HashSet::new();
            let mut stack: Vec<ObjId> = refs[&v].clone();
            let mut out = HashSet::new();
            while let Some(o) = stack.pop() {
                if !seen.insert(o) {
                    continue;
                }
                if is_var.contains(&o) {
                    out.insert(o);
                } else if let Some(r) = refs.get(&o) {
                    stack.extend(r);
                }
            }
            deps.insert(v, out);
        }

        let mut done: HashSet<ObjId> = HashSet::new();
        let mut order = vec![];
        while order.len() < vars.len() {
            let ready = vars
                .iter()
                .find(|v| !done.contains(v) && deps[v].iter().all(|d| done.contains(d)));
            let next = match ready {
                Some(&v) => v,
                None => {
                    // Report the first variable that lies on a cycle, and
                    // treat it as initialized so the rest can proceed.
                    let rest: Vec<ObjId> =
                        vars.iter().copied().filter(|v| !done.contains(v)).collect();
                    let on_cycle = rest
                        .iter()
                        .copied()
                        .find_map(|v| self.cycle_path(v, &refs).map(|p| (v, p)));
                    match on_cycle {
                        Some((v, path)) => {
                            self.report_cycle(v, path);
                            v
                        }
                        None => rest[0],
                    }
                }
            };
            done.insert(next);
            order.push(next);
        }
        self.info.init_order.extend(order);
    }

    fn var_obj(&self, n: &ast::Ident) -> Option<ObjId> {
        (0..self.objs.len() as u32).map(ObjId).find(|id| {
            let o = &self.objs[id.0 as usize];
            o.global && o.span == n.span && matches!(o.kind, ObjKind::Var)
        })
    }

    fn method_obj(&self, n: &ast::Ident) -> Option<ObjId> {
        self.method_objs
            .values()
            .map(|&(o, _)| o)
            .find(|o| self.objs[o.0 as usize].span == n.span)
    }

    /// The package-level variable, function or method an expression refers
    /// to: an identifier, or `t.m` naming a method of a non-interface type.
    fn init_ref(&self, fi: usize, e: &ast::Expr) -> Option<ObjId> {
        if let ast::ExprKind::Selector(x, sel) = &e.kind {
            let t = *self.info.types.get(&(fi, x.id))?;
            let t = match self.types.kind(t) {
                Kind::Pointer(b) => *b,
                _ => t,
            };
            let (o, _) = *self.method_objs.get(&(t, sel.name.clone()))?;
            return (self.objs[o.0 as usize].pkg == self.pkg_path()).then_some(o);
        }
        self.global_use(fi, e)
    }

    /// The package-level variable or function an identifier refers to.
    fn global_use(&self, fi: usize, e: &ast::Expr) -> Option<ObjId> {
        let id = *self.info.uses.get(&(fi, e.id))?;
        let o = &self.objs[id.0 as usize];
        (o.global && o.pkg == self.pkg_path() && matches!(o.kind, ObjKind::Var | ObjKind::Func))
            .then_some(id)
    }

    /// The objects on a shortest cycle from `start` back to itself
    /// (excluding `start`), or `None` when `start` is on no cycle.
    fn cycle_path(&self, start: ObjId, refs: &HashMap<ObjId, Vec<ObjId>>) -> Option<Vec<ObjId>> {
        let mut prev: HashMap<ObjId, ObjId> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(o) = queue.pop_front() {
            for &n in refs.get(&o).map(Vec::as_slice).unwrap_or(&[]) {
                if n == start {
                    let mut path = vec![];
                    let mut cur = o;
                    while cur != start {
                        path.push(cur);
                        cur = prev[&cur];
                    }
                    path.reverse();
                    return Some(path);
                }
                if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(n) {
                    e.insert(o);
                    queue.push_back(n);
                }
            }
        }
        None
    }

    /// Reports a cycle as Go does: `initialization loop:` then
    /// `a refers to` / `f refers to` / `a`, one per line.
    fn report_cycle(&mut self, start: ObjId, path: Vec<ObjId>) {
        let name = |c: &Self, o: ObjId| c.objs[o.0 as usize].name.clone();
        let first = name(self, start);
        let mut msg = format!("initialization loop:\n\t{first} refers to");
        for o in path {
            msg.push_str(&format!("\n\t{} refers to", name(self, o)));
        }
        msg.push_str(&format!("\n\t{first}"));
        let span = self.objs[start.0 as usize].span;
        self.error(span, msg);
    }
}
