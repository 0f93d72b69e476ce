"""The import-linter contract for "no import cycles", imports under TYPE_CHECKING included.

Our own because import-linter's ``acyclic_siblings`` cannot see a package whose
``__init__`` imports a module that imports the package back; this is that
contract, plus every cycle between single modules. Named in pyproject.toml's
``[tool.importlinter]`` as ``contract_types``; ``lint-imports`` runs it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

import grimp
from importlinter.application import output
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.domain.contract import ContractCheck


class AcyclicContract(AcyclicSiblingsContract):
    """No cycle between sibling packages or modules, and no module in a cycle at all.

    Takes ``acyclic_siblings``' options (``ancestors``, ``ignore_imports``, …).
    """

    type_name = "acyclic"

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        siblings = super().check(graph, verbose)  # also takes the ignored imports out of ``graph``
        roots = self._get_concrete_ancestors(graph)
        modules = {m for m in graph.modules if any(m == r or m.startswith(r + ".") for r in roots)}
        imports = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
        cycles = [_one_cycle(component, imports) for component in _tangles(imports)]
        return ContractCheck(
            kept=siblings.kept and not cycles,
            warnings=siblings.warnings,
            ignored_import_count=siblings.ignored_import_count,
            metadata={**siblings.metadata, "module_cycles": sorted(cycles)},
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        if check.metadata["summaries"]:
            super().render_broken_contract(check)
        for cycle in check.metadata["module_cycles"]:
            output.print_error(f"Import cycle: {' -> '.join(cycle)}")
            output.new_line()


def _tangles(imports: dict[str, list[str]]) -> list[list[str]]:
    """The modules in cycles, one sorted list per knot (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(imports):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(imports[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:  # a loop, not recursion: a long chain of imports needs no deep stack
            module, targets = work[-1]
            target = next(targets, None)
            if target is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[module])
                if low[module] == index[module]:
                    knot = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        knot.append(member)
                        if member == module:
                            break
                    if len(knot) > 1:
                        found.append(sorted(knot))
            elif target not in index:
                index[target] = low[target] = len(index)
                stack.append(target)
                on_stack.add(target)
                work.append((target, iter(imports[target])))
            elif target in on_stack:
                low[module] = min(low[module], index[target])
    return found


def _one_cycle(knot: list[str], imports: dict[str, list[str]]) -> tuple[str, ...]:
    """A shortest way round ``knot`` from its first module back to itself, to name in the report."""
    first, members = knot[0], set(knot)
    came_from: dict[str, str] = {}
    queue = deque([first])
    while queue:
        module = queue.popleft()
        for target in imports[module]:
            if target == first:
                path = [module]
                while path[-1] != first:
                    path.append(came_from[path[-1]])
                return (first, *reversed(path[:-1]), first) if len(path) > 1 else (first, first)
            if target in members and target not in came_from:
                came_from[target] = module
                queue.append(target)
    raise AssertionError(f"{first} is in a knot it cannot get back to")
