"""Manifest text to a tree of marked nodes, reading only YAML's safe subset.

The text is read by the fast block-style reader (``viewer.model.blockyaml``)
when it can, else *composed* by PyYAML (its C parser when present), never
constructed: no tag can run code, and a tag beyond plain YAML is refused.
Either way the result is the same tree of ``viewer.model.yamlnodes``, so what
the manifest reader says about a value, and where, does not depend on which
reader read it. Whatever is wrong with the YAML itself is raised as a
:class:`~viewer.model.yamlnodes.YamlRefusedError` with its line and column.
"""

from __future__ import annotations

import functools
import re

from viewer.model.blockyaml import read_block
from viewer.model.yamlnodes import Node, YamlRefusedError

# The characters YAML refuses (its printable set, inverted).
_ASCII_ALLOWED = bytes(range(0x20, 0x7F)) + b"\t\n\r"  # the part of YAML's printable set in ASCII
_NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"


@functools.cache
def _non_printable() -> re.Pattern[str]:
    return re.compile(_NON_PRINTABLE)  # 7 ms to compile: only for text that is not plain ASCII


def compose(text: str) -> Node | None:
    """The root node of ``text`` (``None`` for an empty document); raise :class:`YamlRefusedError`."""
    _refuse_control_characters(text)
    fast = read_block(text)
    if fast is not None:
        return fast
    # Only now PyYAML: a folder of photos, or a manifest the fast reader takes, never imports it.
    from viewer.model.pyyamltree import compose_with_pyyaml

    return compose_with_pyyaml(text)


def _refuse_control_characters(text: str) -> None:
    """YAML refuses these too, but without a line and column; say where."""
    if text.isascii() and not text.encode("ascii").translate(None, _ASCII_ALLOWED):
        return  # the usual case, checked several times faster than by the pattern
    bad = _non_printable().search(text)
    if bad:
        at = bad.start()
        raise YamlRefusedError(
            f"invalid YAML: control character U+{ord(bad.group()):04X} is not allowed",
            text.count("\n", 0, at) + 1,
            at - (text.rfind("\n", 0, at) + 1) + 1,
            "delete it, or write it as an escape inside double quotes",
        )
