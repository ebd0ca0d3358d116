//! docs/deployment.md's configuration table is the one place the settings are documented. This
//! keeps it true to clap's definition of them (`src/config.rs`): every environment variable clap
//! reads has a row with clap's exact default, and the table names no variable clap does not read.
//!
//! A row is `| `NAME` | default | meaning |`; backticks around the default are ignored. A setting
//! without a clap default (the binary then picks a value per engine, or the feature is off) is
//! written `unset` in the default column.

use std::collections::BTreeMap;

use clap::{Args, Command};
use query_gateway::config::Config;

const DOC: &str = "docs/deployment.md";
/// The default column of a setting clap has no default for.
const NO_DEFAULT: &str = "unset";

/// The rows of the doc's "## Configuration" section: variable -> default column.
fn documented() -> BTreeMap<String, String> {
    let path = format!("{}/{DOC}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let section = text.split("\n## Configuration\n").nth(1).unwrap_or_else(|| panic!("{DOC}: no '## Configuration'"));
    let section = section.split("\n## ").next().unwrap_or_default();
    let mut rows = BTreeMap::new();
    for line in section.lines().map(str::trim).filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let Some(name) = cells[0].strip_prefix('`').and_then(|c| c.strip_suffix('`')) else {
            continue; // the header and separator rows
        };
        assert_eq!(cells.len(), 3, "{DOC}: the row of {name} needs 3 cells (name | default | meaning): {line}");
        let default = cells[1].trim_matches('`').to_string();
        assert!(rows.insert(name.to_string(), default).is_none(), "{DOC}: {name} has two rows");
    }
    rows
}

#[test]
fn deployment_doc_table_matches_clap() {
    let command = Config::augment_args(Command::new("query-gateway"));
    let mut documented = documented();
    let mut errors = Vec::new();
    for arg in command.get_arguments() {
        let Some(var) = arg.get_env() else { continue };
        let var = var.to_string_lossy();
        let defaults: Vec<_> = arg.get_default_values().iter().map(|v| v.to_string_lossy()).collect();
        let default = if defaults.is_empty() { NO_DEFAULT.to_string() } else { defaults.join(",") };
        match documented.remove(&*var) {
            None => errors.push(format!("{var}: missing from the table (clap's default: {default})")),
            Some(doc) if doc != default => errors.push(format!("{var}: the table says {doc:?}, clap {default:?}")),
            Some(_) => {}
        }
    }
    for var in documented.keys() {
        errors.push(format!("{var}: in the table, but src/config.rs reads no such variable"));
    }
    assert!(errors.is_empty(), "{DOC}'s configuration table is out of date:\n{}", errors.join("\n"));
}
