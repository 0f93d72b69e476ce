"""The slow half of ``viewer.model.yamltree``: YAML the fast block reader declines, read by PyYAML.

PyYAML *composes* the text (with its C parser when present) and never
constructs: no tag can run code, and a tag beyond plain YAML is refused. Its
node graph becomes the same tree of ``viewer.model.yamlnodes`` the fast reader
gives. Imported only when needed: PyYAML takes some 20 ms to import.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml
from yaml import nodes

from viewer.model.yamlnodes import Mapping, Node, Sequence, YamlRefusedError

# The C parser is several times faster on large manifests; both are safe because
# we only compose nodes and never construct Python objects from tags.
_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {
    _YAML_TAG + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "value", "merge")
}


def compose_with_pyyaml(text: str) -> Node | None:
    """What :func:`viewer.model.yamltree.compose` gives, read by PyYAML."""
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
