"""Manifest text to a tree of marked nodes, reading only YAML's safe subset.

The text is read by the fast block-style reader (``viewer.model.blockyaml``)
when it can, else *composed* by PyYAML (its C parser when present), never
constructed: no tag can run code, and a tag beyond plain YAML is refused.
Either way the result is the same tree of ``viewer.model.yamlnodes``, so what
the manifest reader says about a value, and where, does not depend on which
reader read it. Whatever is wrong with the YAML itself is raised as a
:class:`YamlRefusedError` with its line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml
from yaml import nodes

from viewer.model.blockyaml import read_block
from viewer.model.yamlnodes import Mapping, Node, Sequence

# The C parser is several times faster on large manifests; both are safe because
# we only compose nodes and never construct Python objects from tags.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {
    _YAML_TAG + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "value", "merge")
}
# The characters YAML refuses (its printable set, inverted).
_ASCII_ALLOWED = bytes(range(0x20, 0x7F)) + b"\t\n\r"  # the part of YAML's printable set in ASCII
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class YamlRefusedError(ValueError):
    """Text that is not YAML a manifest may hold: what, where (1-based) and a hint (or None)."""

    def __init__(self, message: str, line: int | None, column: int | None, hint: str | None = None) -> None:
        super().__init__(message, line, column, hint)
        self.message, self.line, self.column, self.hint = message, line, column, hint


def compose(text: str) -> Node | None:
    """The root node of ``text`` (``None`` for an empty document); raise :class:`YamlRefusedError`."""
    _refuse_control_characters(text)
    fast = read_block(text)
    if fast is not None:
        return fast
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _marked_problem(exc) from None
    except yaml.YAMLError as exc:
        raise YamlRefusedError(f"invalid YAML: {str(exc).splitlines()[0]}", 1, 1) from None
    except RecursionError:  # only the pure-Python parser recurses this deep
        raise YamlRefusedError("invalid YAML: nested too deeply", 1, 1) from None
    if root is None:
        return None
    if "!" in text:  # a tag can only be written with "!"; plain scalars resolve to plain types
        _refuse_tags(root)
    return from_pyyaml(root)


def from_pyyaml(root: nodes.Node) -> Node:
    """PyYAML's node graph as our nodes; an alias stays one shared node, so nothing is expanded."""
    made: dict[int, Node] = {}
    to_fill: list[tuple[nodes.Node, Mapping | Sequence]] = []

    def ours(node: nodes.Node) -> Node:
        found = made.get(id(node))
        if found is None:
            line, column = node.start_mark.line + 1, node.start_mark.column + 1
            if isinstance(node, nodes.ScalarNode):
                found = (node.value, line, column, node.tag == _YAML_TAG + "null")
            elif isinstance(node, nodes.MappingNode):
                found = Mapping([], line, column)
                to_fill.append((node, found))
            else:
                found = Sequence([], line, column)
                to_fill.append((node, found))
            made[id(node)] = found
        return found

    top = ours(root)
    while to_fill:  # a loop, not recursion: YAML may nest deeper than Python's stack
        node, into = to_fill.pop()
        if isinstance(into, Mapping):
            into.pairs.extend((ours(key), ours(value)) for key, value in node.value)
        else:
            into.items.extend(ours(item) for item in node.value)
    return top


def _marked_problem(exc: yaml.MarkedYAMLError) -> YamlRefusedError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or "invalid YAML"
    if exc.context:
        problem = f"{exc.context}, {problem}"
        started = exc.context_mark
        if started is not None and mark is not None and started.line != mark.line:
            problem += f" (it started at line {started.line + 1}, column {started.column + 1})"
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return YamlRefusedError(f"invalid YAML: {problem}", line, column)


def _refuse_control_characters(text: str) -> None:
    """YAML refuses these too, but without a line and column; say where."""
    if text.isascii() and not text.encode("ascii").translate(None, _ASCII_ALLOWED):
        return  # the usual case, checked several times faster than by the pattern
    bad = _NON_PRINTABLE.search(text)
    if bad:
        at = bad.start()
        raise YamlRefusedError(
            f"invalid YAML: control character U+{ord(bad.group()):04X} is not allowed",
            text.count("\n", 0, at) + 1,
            at - (text.rfind("\n", 0, at) + 1) + 1,
            "delete it, or write it as an escape inside double quotes",
        )


def _refuse_tags(root: nodes.Node) -> None:
    """Refuse any tag beyond plain YAML, anywhere in the document."""
    for node in _walk(root):
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace(_YAML_TAG, "!!")
            mark = node.start_mark
            raise YamlRefusedError(
                f"the YAML tag {tag} is not allowed",
                mark.line + 1,
                mark.column + 1,
                "a manifest holds plain values only; nothing in it is run",
            )


def _walk(root: nodes.Node) -> Iterator[nodes.Node]:
    """Every node once, even when aliases make the tree a graph."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        if isinstance(node, nodes.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, nodes.SequenceNode):
            stack.extend(node.value)
