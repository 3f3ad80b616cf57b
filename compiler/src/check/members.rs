//! Go's selector rule: finding the field or method a name selects on a
//! type, through embedded fields breadth-first by depth. Shared by the
//! checker (method sets, selectors) and the lowering (field paths,
//! receivers, method tables).

use crate::check::ObjId;
use crate::types::{Kind, TypeId, Types};
use std::collections::HashMap;

/// What selecting `name` on a type finds.
#[derive(Clone, Debug)]
pub enum Member {
    /// Field reached through `path` (field indices, embedded ones first).
    Field {
        #[allow(dead_code)]
        ty: TypeId,
        path: Vec<usize>,
    },
    /// Method of the type reached through `path` (embedded field indices).
    Method {
        sig: TypeId,
        ptr_recv: bool,
        via_ptr: bool,
        path: Vec<usize>,
        /// The type declaring the method (named type or interface).
        holder: TypeId,
    },
    Ambiguous,
}

/// Field or method lookup with embedding, breadth-first by depth (Go's
/// selector rule); mirrors the checker's lookup.
pub fn find_member(
    types: &Types,
    methods: &HashMap<(TypeId, String), (ObjId, bool)>,
    t: TypeId,
    name: &str,
) -> Option<Member> {
    let mut level: Vec<(TypeId, bool, Vec<usize>)> = vec![(t, false, vec![])];
    let mut seen: Vec<TypeId> = vec![];
    while !level.is_empty() {
        let mut found: Vec<Member> = vec![];
        let mut next = vec![];
        for (ty, via_ptr, path) in &level {
            let (ty, via_ptr) = match types.ukind(*ty) {
                Kind::Pointer(b)
                    if !matches!(types.ukind(*b), Kind::Pointer(_) | Kind::Interface(_)) =>
                {
                    (*b, true)
                }
                _ => (*ty, *via_ptr),
            };
            if seen.contains(&ty) {
                continue;
            }
            seen.push(ty);
            if let Some(&(_, ptr)) = methods.get(&(ty, name.to_string())) {
                let sig = types.named[&ty]
                    .methods
                    .iter()
                    .find(|m| m.0 == name)
                    .map(|m| m.1)
                    .unwrap_or(crate::types::INVALID);
                found.push(Member::Method {
                    sig,
                    ptr_recv: ptr,
                    via_ptr,
                    path: path.clone(),
                    holder: ty,
                });
                continue;
            }
            if let Kind::Interface(ms) = types.ukind(ty) {
                if let Some(m) = ms.iter().find(|m| m.name == name) {
                    found.push(Member::Method {
                        sig: m.sig,
                        ptr_recv: false,
                        via_ptr,
                        path: path.clone(),
                        holder: ty,
                    });
                }
                continue;
            }
            if let Kind::Struct(fs) = types.ukind(ty) {
                for (i, f) in fs.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(i);
                    if f.name == name {
                        found.push(Member::Field {
                            ty: f.ty,
                            path: p.clone(),
                        });
                    }
                    if f.embedded {
                        next.push((f.ty, via_ptr, p));
                    }
                }
            }
        }
        match found.len() {
            0 => level = next,
            1 => return found.pop(),
            _ => return Some(Member::Ambiguous),
        }
    }
    None
}
