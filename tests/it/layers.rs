//! The folders under `src/` are layers: each module imports only from its own
//! layer or the ones below, and no two modules import each other, directly or
//! round a loop. Read from the source text, so a new import that breaks the
//! rule fails here before it spreads.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Bottom first.
const LAYERS: [&str; 6] = ["base", "data", "timeline", "render", "app", "cli"];

/// Every module (as `a::b`) and the text of its file, tests left out.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix("src").unwrap().with_extension("");
                let mut parts: Vec<String> = rel
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
                out.insert(parts.join("::"), code.to_owned());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

/// The modules a module's code names through `crate::` (its own submodules and
/// its ancestors aside), without comments.
fn imports(name: &str, code: &str, all: &BTreeMap<String, String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("");
        for (i, _) in line.match_indices("crate::") {
            let path: String = line[i + 7..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let target = (1..=segments.len())
                .rev()
                .map(|n| segments[..n].join("::"))
                .find(|m| all.contains_key(m));
            if let Some(t) = target
                && t != name
                && !name.starts_with(&format!("{t}::"))
                && !t.starts_with(&format!("{name}::"))
            {
                out.insert(t);
            }
        }
    }
    out
}

fn layer(module: &str) -> Option<usize> {
    let top = module.split("::").next()?;
    LAYERS.iter().position(|l| *l == top)
}

#[test]
fn every_module_imports_only_its_layer_or_those_below() {
    let all = modules();
    assert!(all.len() > 60, "the source tree was found: {}", all.len());
    let mut upward = Vec::new();
    for (name, code) in &all {
        let Some(own) = layer(name) else { continue };
        for target in imports(name, code, &all) {
            if layer(&target).is_some_and(|t| t > own) {
                upward.push(format!("{name} -> {target}"));
            }
        }
    }
    assert!(upward.is_empty(), "imports that go up a layer: {upward:#?}");
}

type Graph<'a> = BTreeMap<&'a str, BTreeSet<String>>;

/// A loop of imports, if there is one (depth-first: reaching a module that is
/// still on the stack closes a loop).
fn find_cycle(graph: &Graph<'_>) -> Option<Vec<String>> {
    fn visit<'a>(
        at: &'a str,
        graph: &'a Graph<'a>,
        on_stack: &mut BTreeMap<&'a str, bool>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match on_stack.get(at) {
            Some(true) => {
                let from = stack.iter().position(|m| *m == at).unwrap_or(0);
                let mut cycle: Vec<String> = stack[from..].iter().map(|m| m.to_string()).collect();
                cycle.push(at.to_owned());
                return Some(cycle);
            }
            Some(false) => return None,
            None => {}
        }
        on_stack.insert(at, true);
        stack.push(at);
        for next in graph.get(at).into_iter().flatten() {
            if let Some((key, _)) = graph.get_key_value(next.as_str())
                && let Some(cycle) = visit(key, graph, on_stack, stack)
            {
                return Some(cycle);
            }
        }
        stack.pop();
        on_stack.insert(at, false);
        None
    }
    let mut on_stack = BTreeMap::new();
    graph
        .keys()
        .find_map(|name| visit(name, graph, &mut on_stack, &mut Vec::new()))
}

#[test]
fn no_modules_import_each_other_round_a_loop() {
    let all = modules();
    let graph: Graph<'_> = all
        .iter()
        .map(|(name, code)| (name.as_str(), imports(name, code, &all)))
        .collect();
    let cycle = find_cycle(&graph);
    assert!(cycle.is_none(), "modules that import each other: {cycle:?}");
}

#[test]
fn the_checker_sees_an_upward_import_and_a_loop() {
    let mut all = BTreeMap::new();
    all.insert("data::a".to_owned(), "use crate::app::b;".to_owned());
    all.insert(
        "app::b".to_owned(),
        "// crate::data::a in a comment\nuse crate::data::a::X;".to_owned(),
    );
    assert_eq!(
        imports("data::a", &all["data::a"], &all),
        BTreeSet::from(["app::b".to_owned()])
    );
    assert_eq!(
        imports("app::b", &all["app::b"], &all),
        BTreeSet::from(["data::a".to_owned()])
    );
    assert!(layer("app::b") > layer("data::a"));
    let graph: Graph<'_> = all
        .iter()
        .map(|(name, code)| (name.as_str(), imports(name, code, &all)))
        .collect();
    let cycle = find_cycle(&graph).expect("the loop is found");
    assert_eq!(cycle.first(), cycle.last());
    assert_eq!(cycle.len(), 3, "{cycle:?}");
}
