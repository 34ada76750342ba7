"""Run the roster engine on a Curtois & Qu instance and check the result independently."""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from core.scheduling.curtois import read_instance
from core.scheduling.rules import evaluate
from core.scheduling.solver import SolveOptions, solve

#: Best known objective values (Curtois & Qu), from ../shared/data/README.md.
BEST_KNOWN = {"Instance1": 607, "Instance2": 828, "Instance3": 1001, "Instance10": 4631, "Instance11": 3443}


def run_benchmark(path: str | Path, time_limit: float = 60.0, **options: Any) -> dict[str, Any]:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    cpu = time.process_time()
    problem = read_instance(path)
    result = solve(problem, SolveOptions(time_limit=time_limit, **options))
    # what the minute was worth: on a shared machine the CPU the engine got, not the wall clock,
    # decides the result (every thread of this process counts)
    cpu = time.process_time() - cpu
    check = evaluate(problem, result.roster)        # the referee: never the solver's own numbers
    best = BEST_KNOWN.get(Path(path).stem)
    out: dict[str, Any] = {
        "instance": Path(path).stem,
        "status": result.status,
        "objective": result.objective,
        "bound": result.bound,
        "seconds": round(result.seconds, 2),
        "cpu_seconds": round(cpu, 1),
        "load_average": None if load is None else round(load, 2),
        "checked_objective": check.total,
        "feasible": check.feasible,
        "violations": [v.message for v in check.violations],
        "penalties": check.by_rule,
        "best_known": best,
        "gap_to_best_known": None if best is None or result.objective is None
        else round((result.objective - best) / best, 5),
        "phases": result.phases,
        "timeline": [{"seconds": t, "objective": o,
                      "gap_to_best_known": None if best is None else round((o - best) / best, 5)}
                     for t, o in result.timeline],
        "roster": result.roster,
    }
    if result.objective is not None and result.objective != check.total:
        out["violations"].append(f"solver objective {result.objective} differs from checked {check.total}")
        out["feasible"] = False
    return out
