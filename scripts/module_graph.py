#!/usr/bin/env python3
"""The library crate's module graph from its `use` lines and paths, checked for import circles
and for arrows back up (a module that imports from a module containing it).

    python3 scripts/module_graph.py            # check; exit 1 on a circle or an arrow up
    python3 scripts/module_graph.py --dot      # the graph in Graphviz dot, for docs

A module is a file under src/ (src/lib.rs is `crate`, a/mod.rs is `a`; src/main.rs, the binary,
is left out since nothing imports it). An edge is any `crate::`, `super::` or `self::` path in the
code, `pub use` re-exports included, resolved to the longest prefix that names a module file:
`crate::model::Prediction` is an edge to src/model/mod.rs, `crate::model::engine::Engine` to
src/model/engine/mod.rs. `mod x;` declarations are containment, not edges. Each file's
`#[cfg(test)] mod tests` block is left out: its `super::*` is the file itself.
"""

import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def module_of(path: Path) -> tuple:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return tuple(parts)


def strip(code: str) -> str:
    """The code without comments, string literals and the unit-test module."""
    code = re.split(r"#\[cfg\(test\)\]\s*mod tests\b", code)[0]
    code = re.sub(r"//[^\n]*", "", code)
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', code)


def expand(tree: str) -> list:
    """`a::{b, c::{d as e, self}}` -> ['a::b', 'a::c::d as e', 'a::c::self']."""
    tree = tree.strip()
    brace = tree.find("{")
    if brace < 0:
        return [tree] if tree else []
    prefix, inner = tree[:brace], tree[brace + 1 : tree.rindex("}")]
    items, depth, start = [], 0, 0
    for i, ch in enumerate(inner):
        depth += ch == "{"
        depth -= ch == "}"
        if ch == "," and depth == 0:
            items.append(inner[start:i])
            start = i + 1
    items.append(inner[start:])
    return [p for item in items for p in expand(prefix + item.strip()) if item.strip()]


def resolve(path: str, here: tuple, modules: set, aliases: dict):
    """The deepest module `path` names or reaches into, or None for another crate's path."""
    parts = path.split("::")
    if parts[0] == "crate":
        target, parts = (), parts[1:]
    elif parts[0] in ("super", "self"):
        target = here
        while parts and parts[0] in ("super", "self"):
            if parts.pop(0) == "super":
                target = target[:-1]
    elif parts[0] in aliases:
        target, parts = aliases[parts[0]], parts[1:]
    elif here + (parts[0],) in modules:
        target = here
    else:
        return None
    for part in parts:
        if target + (part,) not in modules:
            break
        target = target + (part,)
    return target


def targets(code: str, here: tuple, modules: set) -> set:
    """Modules reached by the file's `use` trees and by the paths in its code. A `use` that names
    a module (`use crate::proxy::{self, Proxy}`, `use super::error;`) makes its name an alias for
    later paths (`proxy::handler::models`)."""
    found, aliases = set(), {}
    for tree in re.findall(r"\buse\s+([^;]+);", code):
        for item in expand(tree):
            path, _, alias = (part.strip() for part in item.partition(" as "))
            if path.endswith("::self"):
                path = path[: -len("::self")]
            module = resolve(path, here, modules, {})
            if module is None:
                continue
            found.add(module)
            if module and module[-1] == path.split("::")[-1]:
                aliases[alias or module[-1]] = module
    code = re.sub(r"\buse\s+[^;]+;", "", code)
    for path in re.findall(r"(?<![\w:])\w+(?:::\w+)+", code):
        module = resolve(path, here, modules, aliases)
        if module is not None:
            found.add(module)
    return found


def graph():
    files = {module_of(p): p for p in SRC.rglob("*.rs") if p != SRC / "main.rs"}
    modules = set(files)
    edges = {}
    for module, path in files.items():
        code = re.sub(r"\bmod\s+\w+\s*;", "", strip(path.read_text()))
        edges[module] = sorted(t for t in targets(code, module, modules) if t != module)
    return edges


def circles(edges):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for v in edges:
        if v not in index:
            visit(v)
    return found


def name(module):
    return "::".join(("crate",) + module)


def main():
    edges = graph()
    if "--dot" in sys.argv:
        print("digraph modules {")
        for v, ws in sorted(edges.items()):
            for w in ws:
                print(f'  "{name(v)}" -> "{name(w)}";')
        print("}")
        return 0
    problems = [f"import circle: {' <-> '.join(map(name, c))}" for c in circles(edges)]
    problems += [
        f"arrow back up: {name(v)} -> {name(w)}"
        for v, ws in sorted(edges.items())
        for w in ws
        if len(w) < len(v) and v[: len(w)] == w
    ]
    for p in problems:
        print(p)
    count = sum(map(len, edges.values()))
    print(f"{len(edges)} modules, {count} edges, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
