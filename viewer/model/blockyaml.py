"""A fast reader for the plain block style of YAML that manifests are written in.

PyYAML's composer spends most of a big manifest's load building its nodes and
marks, so the common shape is read here line by line instead: block mappings
and ``- `` lists indented with spaces, comments, plain and one-line quoted
scalars, one-line flow mappings like a stop's ``{name: X, time: Y}`` and
one-line flow lists of plain words and numbers like a position's ``[21.03, 105.85]``.

Anything else (tags, anchors and aliases, block or multi-line scalars, escapes,
other flow lists, tabs, document markers, odd indentation, and every kind of broken
YAML) makes :func:`read_block` decline with ``None``, and the caller composes the
text with PyYAML instead. So it never has to be right about hard YAML, only
about the subset it accepts, where it gives exactly the nodes PyYAML would
(``tests/model/test_blockyaml.py`` checks that against PyYAML itself).
"""

from __future__ import annotations

import re

from viewer.model.yamlnodes import Mapping, Node, Scalar, Sequence

_KEY = r"[A-Za-z_][A-Za-z0-9_-]{0,127}"  # PyYAML's simple keys may be 1024 long; these stay far below
# A plain one-line value: not starting with a character that makes YAML read it
# otherwise, not ending with ":", followed by spaces and perhaps a " #" comment.
# One with a "#" inside (or a ": ", checked after) goes the long way.
_PLAIN = r"[^-?:,\[\]{}#&*!|>'\"%@` \n](?:[^#\n]*[^#: \n])?"
# Each line: indentation, "- ", "key" and ":" with the spaces after it, then a
# plain value or else the rest of the line. (Groups that are absent are "".)
_LINES = re.compile(rf"^( *)(- +)?(?:({_KEY}):( +|$))?(?:({_PLAIN}) *(?:(?<= )#.*)?|(.*))$", re.MULTILINE)
_FLOW_PAIR = re.compile(rf"( *)({_KEY}): +(.*)")  # the value's trailing spaces are cut after
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'(?: +(?:#.*)?)?")
_DOUBLE_QUOTED = re.compile(r'"([^"\\]*)"(?: +(?:#.*)?)?')
_END_OF_LINE = re.compile(r"(?: +(?:#.*)?)?")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# Line breaks other than "\n", tabs and byte order marks: left to PyYAML.
_UNHANDLED = ("\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff")
_NULLS = frozenset({"~", "null", "Null", "NULL"})
_FLOW_UNHANDLED = frozenset("{}#'\"&*!|>%@`?")  # and "[", "]" but around a whole value
# An entry of a flow list read here: a word or number, which YAML reads the same
# way in a flow list as anywhere (no "~", no spaces, no indicator but a sign first).
_FLOW_WORD = re.compile(r"[-+]?[A-Za-z0-9_.][A-Za-z0-9_.+-]*")

Collection = Mapping | Sequence


def read_block(text: str) -> Node | None:
    """The document's root node, or ``None`` when the text is not in the plain block subset."""
    text = text.replace("\r\n", "\n")
    if any(character in text for character in _UNHANDLED):  # each "in" is one fast C scan
        return None
    root: Collection | None = None
    # The block collections still open, innermost last, each with its indentation.
    open_blocks: list[tuple[int, Collection]] = []
    # The pairs of the innermost one and its indentation, when it is a mapping
    # and no key waits for a value below (else -1).
    here: list[tuple[Node, Node]] = []
    here_indent = -1
    nulls = _NULLS
    # A key whose value is on the lines below: its mapping, the key, and where
    # an empty value would be (just after the colon, as PyYAML marks it).
    waiting: tuple[Mapping, Scalar, int] | None = None
    # One C call splits every line into its parts, which is most of the work.
    for number, (indent_text, dash, key, gap, plain, rest) in enumerate(_LINES.findall(text), 1):
        indent = len(indent_text)
        if plain:
            if ": " in plain:
                return None  # a second "key:" on the line
            if indent == here_indent and key and not dash:
                # The common line: "key: value" in the mapping just above.
                here.append(
                    (
                        (key, number, indent + 1, key in nulls),
                        (plain, number, indent + len(key) + len(gap) + 2, plain in nulls),
                    )
                )
                continue
        elif not dash and not key and (not rest or rest[0] == "#"):
            continue  # blank or comment
        elif indent == here_indent and key and not dash and rest[:1] == "[":
            # The next most common: "key: [a, b]", a position, in the mapping just above.
            listed = _flow_list(rest, number, indent + len(key) + len(gap) + 2)
            if listed is None:
                return None
            here.append(((key, number, indent + 1, key in nulls), listed))
            continue
        key_column = indent + len(dash) + 1
        value_column = key_column + len(key) + 1 + len(gap) if key else key_column
        if waiting is not None:
            mapping, key_node, after_colon = waiting
            waiting = None
            key_indent = open_blocks[-1][0]
            if indent > key_indent or (dash and indent == key_indent):
                below: Collection = (
                    Sequence([], number, indent + 1) if dash else Mapping([], number, indent + 1)
                )
                mapping.pairs.append((key_node, below))
                open_blocks.append((indent, below))
            else:
                mapping.pairs.append((key_node, ("", key_node[1], after_colon, True)))
        # Close what this line is left of; a line that is not "- " also closes a
        # list at its own indentation (a list may sit at its key's indentation).
        while open_blocks and (
            open_blocks[-1][0] > indent
            or (not dash and open_blocks[-1][0] == indent and isinstance(open_blocks[-1][1], Sequence))
        ):
            open_blocks.pop()
        if not open_blocks:
            if root is not None:
                return None  # a line left of the root's indentation
            root = Sequence([], number, indent + 1) if dash else Mapping([], number, indent + 1)
            open_blocks.append((indent, root))
        at, block = open_blocks[-1]
        if at != indent:
            return None
        if dash:
            if not isinstance(block, Sequence):
                return None
            if not key:
                item = _value(plain, rest, number, value_column)
                if item is None:
                    return None
                block.items.append(item)
                here_indent = -1
                continue
            # "- key: value" starts a mapping at the key's column.
            item_mapping = Mapping([], number, key_column)
            block.items.append(item_mapping)
            at, block = key_column - 1, item_mapping
            open_blocks.append((at, block))
        elif not key or not isinstance(block, Mapping):
            return None
        key_node = (key, number, at + 1, key in _NULLS)
        if not plain and (not rest or rest[0] == "#"):
            waiting = (block, key_node, key_column + len(key) + 1)
            here_indent = -1
            continue
        value = _value(plain, rest, number, value_column)
        if value is None:
            return None
        block.pairs.append((key_node, value))
        here, here_indent = block.pairs, at
    if waiting is not None:
        mapping, key_node, after_colon = waiting
        mapping.pairs.append((key_node, ("", key_node[1], after_colon, True)))
    return root


def _value(plain: str, text: str, line: int, column: int) -> Node | None:
    """The value on a line: ``plain`` if the line pattern found one, else read from ``text``."""
    if plain:
        return (plain, line, column, plain in _NULLS)
    if not text:
        return None
    first = text[0]
    if first == "'":
        quoted = _SINGLE_QUOTED.fullmatch(text)
        return (quoted.group(1).replace("''", "'"), line, column, False) if quoted else None
    if first == '"':
        quoted = _DOUBLE_QUOTED.fullmatch(text)
        return (quoted.group(1), line, column, False) if quoted else None
    if first == "{":
        return _flow_mapping(text, line, column)
    if first == "[":
        return _flow_list(text, line, column)
    return None  # an indicator, or a plain value with a "#" inside


def _flow_mapping(text: str, line: int, column: int) -> Mapping | None:
    """``{key: value, ...}`` of plain keys and values (or flow lists), closed on the same line."""
    close = text.find("}")
    if close < 0 or not _END_OF_LINE.fullmatch(text, close + 1):
        return None
    body = text[1:close]
    if not _FLOW_UNHANDLED.isdisjoint(body):
        return None
    entries = _split_flow(body) if "[" in body or "]" in body else body.split(",")
    if entries is None:
        return None
    mapping = Mapping([], line, column)
    at = column + 1  # the column of the entry being read
    for entry in entries:
        pair = _FLOW_PAIR.fullmatch(entry)
        if pair is None:
            return None
        spaces, key, value = pair.groups()
        value = value.rstrip(" ")
        value_node: Node | None
        if value.startswith("["):
            value_node = _flow_list(value, line, at + pair.start(3))
        elif not value or value[0] in _INDICATORS or ": " in value or value.endswith(":") or "]" in value:
            value_node = None
        else:
            value_node = (value, line, at + pair.start(3), value in _NULLS)
        if value_node is None:
            return None
        mapping.pairs.append(((key, line, at + len(spaces), key in _NULLS), value_node))
        at += len(entry) + 1
    return mapping


def _split_flow(body: str) -> list[str] | None:
    """``body`` cut at the commas outside ``[...]``; ``None`` for brackets nested or unbalanced."""
    entries: list[str] = []
    depth = start = 0
    for at, character in enumerate(body):
        if character == "[":
            depth += 1
        elif character == "]":
            depth -= 1
        elif character == "," and depth == 0:
            entries.append(body[start:at])
            start = at + 1
        if not 0 <= depth <= 1:
            return None
    if depth:
        return None
    entries.append(body[start:])
    return entries


def _flow_list(text: str, line: int, column: int) -> Sequence | None:
    """``[word, ...]`` of plain words and numbers (or nothing), closed on the same line."""
    close = text.find("]")
    if close < 0 or (close + 1 < len(text) and not _END_OF_LINE.fullmatch(text, close + 1)):
        return None
    body = text[1:close]
    items: list[Node] = []
    if body.strip(" "):
        at = column + 1  # the column of the entry being read
        word = _FLOW_WORD.fullmatch
        for entry in body.split(","):
            value = entry.strip(" ")
            if not word(value):
                return None
            items.append((value, line, at + len(entry) - len(entry.lstrip(" ")), False))
            at += len(entry) + 1
    elif "," in body:
        return None
    return Sequence(items, line, column)
