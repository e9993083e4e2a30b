//! The layers of `crates/app` (docs/ARCHITECTURE.md): handlers in `web/` and `api/` parse, call a service
//! and render — they never reach the store; services in `services/` never depend on the HTTP layer and
//! return typed values, never `serde_json::Value`. These checks read the source, so a change that breaks
//! the rule fails here with the file that broke it.

use std::path::{Path, PathBuf};

fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(dir);
    let mut out = Vec::new();
    walk(&root, &mut out);
    assert!(!out.is_empty(), "no sources under {}", root.display());
    out
}

/// The lines of `text` that are code, not comments.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, line)| !line.trim_start().starts_with("//")).map(|(i, l)| (i + 1, l))
}

#[test]
fn handlers_never_reach_the_store() {
    let mut offending = Vec::new();
    for dir in ["web", "api"] {
        for (path, text) in sources(dir) {
            for (number, line) in code_lines(&text) {
                if line.contains("twinbridge_store") {
                    offending.push(format!("{}:{number}: {}", path.display(), line.trim()));
                }
            }
        }
    }
    assert!(offending.is_empty(), "handlers call a service instead:\n{}", offending.join("\n"));
}

#[test]
fn services_never_depend_on_the_http_layer() {
    let mut offending = Vec::new();
    for (path, text) in sources("services") {
        for (number, line) in code_lines(&text) {
            if ["crate::web", "crate::api", "super::web", "super::api"].iter().any(|m| line.contains(m)) {
                offending.push(format!("{}:{number}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(offending.is_empty(), "services must not import pages or the API:\n{}", offending.join("\n"));
}

#[test]
fn services_return_typed_values_not_json() {
    let mut offending = Vec::new();
    for (path, text) in sources("services") {
        let mut rest = text.as_str();
        while let Some(at) = rest.find("pub ") {
            let signature_start = &rest[at..];
            let is_fn = signature_start.starts_with("pub fn ") || signature_start.starts_with("pub async fn ");
            let end = signature_start.find('{').unwrap_or(signature_start.len());
            let signature = &signature_start[..end];
            if is_fn && signature.split("->").nth(1).is_some_and(|returned| returned.contains("Value")) {
                offending.push(format!(
                    "{}: {}",
                    path.display(),
                    signature.split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
            rest = &signature_start[4..];
        }
    }
    assert!(offending.is_empty(), "services return structs and enums:\n{}", offending.join("\n"));
}
