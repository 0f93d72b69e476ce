"""The manifest's YAML as a tree of nodes, each marked with where it was written.

Both readers of a manifest's text produce these: the fast one for the block
style manifests are written in (``viewer.model.blockyaml``) and PyYAML's
composer for everything else (``viewer.model.pyyamltree``); which of them to
ask is ``viewer.model.yamltree``'s choice. Whatever finds the text is not YAML a
manifest may hold says so one way, as a :class:`YamlRefusedError`, kept here
beside the nodes so that neither reader imports the other. Scalars stay text;
the only thing resolved is whether a plain scalar is YAML's null, because
that is all the manifest reader asks. Lines and columns are 1-based, as
editors count them.

A scalar is a plain tuple ``(text, line, column, null)`` rather than an
object: a 10,000-photo manifest has 100,000 of them, and a tuple is made
several times faster, and is then left alone by the garbage collector.
"""

from __future__ import annotations

from dataclasses import dataclass

# (text as written without its quotes, line, column, null: ``~``, ``null`` or nothing at all)
Scalar = tuple[str, int, int, bool]


@dataclass(slots=True)
class Mapping:
    """``key: value`` pairs in the order written (a key given twice appears twice)."""

    pairs: list[tuple[Node, Node]]
    line: int
    column: int


@dataclass(slots=True)
class Sequence:
    """The items of a ``- item`` list (or a ``[...]`` one), in order."""

    items: list[Node]
    line: int
    column: int


Node = Scalar | Mapping | Sequence


def is_null(node: Node) -> bool:
    return isinstance(node, tuple) and node[3]


class YamlRefusedError(ValueError):
    """Text that is not YAML a manifest may hold: what, where (1-based) and a hint (or None)."""

    def __init__(self, message: str, line: int | None, column: int | None, hint: str | None = None) -> None:
        super().__init__(message, line, column, hint)
        self.message, self.line, self.column, self.hint = message, line, column, hint


def position(node: Node) -> tuple[int, int]:
    """Where ``node`` starts: (line, column)."""
    if isinstance(node, tuple):
        return node[1], node[2]
    return node.line, node.column
