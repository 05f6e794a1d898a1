"""Running the admin CLI as a person does, in a real process: ``admin`` and the one-line reason of a failure."""

from __future__ import annotations

import os
import subprocess
import sys


def admin(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``ocpm-desk-admin *args`` (text in and out, wide columns), ``env`` added to this process's environment."""
    return subprocess.run(
        [sys.executable, "-m", "ocpm_desk.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        timeout=300,
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single ``ocpm-desk-admin: error: …`` line a failed command writes (and nothing on standard output)."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ocpm-desk-admin: error: ")
    assert result.stdout == ""
    return lines[0]
