//! Diagnostics: what the front end reports, and their rendering with ariadne.
//!
//! Every diagnostic carries the span it is about; `render` prints Go's
//! one-line form (`file:line:col: message`, which Go's `// ERROR` test
//! comments match) followed by an ariadne snippet with the span underlined,
//! notes and a fix hint.

use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};
use gust_grammar::ast::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    pub msg: String,
    pub notes: Vec<String>,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Span, msg: impl Into<String>) -> Self {
        Diagnostic {
            span,
            msg: msg.into(),
            notes: vec![],
            hint: None,
        }
    }
    pub fn note(mut self, n: impl Into<String>) -> Self {
        self.notes.push(n.into());
        self
    }
    pub fn hint(mut self, h: impl Into<String>) -> Self {
        self.hint = Some(h.into());
        self
    }
}

/// 1-based line and column (in bytes, like Go) of a byte offset.
pub fn line_col(src: &str, pos: u32) -> (usize, usize) {
    let pos = (pos as usize).min(src.len());
    let before = &src.as_bytes()[..pos];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = pos
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    (line, col)
}

/// Renders diagnostics the way `gust check` prints them.
pub fn render(path: &str, src: &str, diags: &[Diagnostic], color: bool) -> String {
    let mut out = Vec::new();
    for d in diags {
        let (line, col) = line_col(src, d.span.lo);
        out.extend_from_slice(format!("{path}:{line}:{col}: {}\n", d.msg).as_bytes());
        let lo = (d.span.lo as usize).min(src.len());
        let hi = (d.span.hi as usize).clamp(lo, src.len());
        let mut report = Report::build(ReportKind::Error, (path, lo..hi))
            .with_config(
                Config::default()
                    .with_color(color)
                    .with_index_type(IndexType::Byte),
            )
            .with_message(&d.msg)
            .with_label(
                Label::new((path, lo..hi)).with_message(d.msg.lines().next().unwrap_or("")),
            );
        for n in &d.notes {
            report = report.with_note(n);
        }
        if let Some(h) = &d.hint {
            report = report.with_help(h);
        }
        // Writing to a Vec cannot fail.
        let _ = report.finish().write((path, Source::from(src)), &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}
