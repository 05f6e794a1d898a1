"""Running a script of ``bench/`` as a person does, in a real process: its help, and the JSON line it ends with."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


def bench_env(*unset: str, **extra: str) -> dict[str, str]:
    """This process's environment for a bench: no ``OCPM_DATABASE_URL`` (the bench says which database) nor any of
    ``unset``, with ``extra``."""
    env = dict(os.environ)
    for name in ("OCPM_DATABASE_URL", *unset):
        env.pop(name, None)
    return {**env, **extra}


def run_bench(script: Path, *args: str, env: dict[str, str], timeout: int = 60) -> subprocess.CompletedProcess[str]:
    """``script`` with ``args``, from the repository's root."""
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=ROOT, check=False)


def bench_help(script: Path, env: dict[str, str]) -> str:
    """What ``script --help`` prints (it must succeed)."""
    result = run_bench(script, "--help", env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def bench_figures(script: Path, *args: str, env: dict[str, str], timeout: int) -> dict[str, Any]:
    """The figures of a successful run: the JSON object of its last line."""
    result = run_bench(script, *args, env=env, timeout=timeout)
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert isinstance(figures, dict)
    return figures
