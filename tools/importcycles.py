"""The import-linter contract for "no import cycles", imports under TYPE_CHECKING included.

Our own because import-linter's ``acyclic_siblings`` cannot see a package whose
``__init__`` imports a module that imports the package back; this is that
contract, plus every cycle between single modules. Named in pyproject.toml's
``[tool.importlinter]`` as ``contract_types``; ``lint-imports`` runs it.
"""

from __future__ import annotations

import graphlib

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
        modules = sorted(m for m in graph.modules if any(m == r or m.startswith(r + ".") for r in roots))
        imports = {m: sorted(graph.find_modules_directly_imported_by(m) & set(modules)) for m in modules}
        try:
            graphlib.TopologicalSorter(imports).prepare()
            cycle: list[str] = []
        except graphlib.CycleError as error:  # one cycle, each module imported by the next
            ring = list(reversed(error.args[1]))[:-1]
            at = ring.index(min(ring))  # told from its first module by name, the same every run
            cycle = [*ring[at:], *ring[:at], ring[at]]
        return ContractCheck(
            kept=siblings.kept and not cycle,
            warnings=siblings.warnings,
            ignored_import_count=siblings.ignored_import_count,
            metadata={**siblings.metadata, "module_cycle": cycle},
        )

    def render_broken_contract(self, check: ContractCheck) -> None:
        if check.metadata["summaries"]:
            super().render_broken_contract(check)
        if check.metadata["module_cycle"]:
            output.print_error(f"Import cycle: {' -> '.join(check.metadata['module_cycle'])}")
            output.new_line()
