"""What the use cases of every feature read of the reference data inside their own unit of work: the letterhead
in force and the State's closure days. Another feature imports reference data through this module only (an
import-linter contract keeps it so).
"""

from __future__ import annotations

from ocpm_desk.features.reference.calendar import closure_days
from ocpm_desk.features.reference.letterhead import read_letterhead

__all__ = ["closure_days", "read_letterhead"]
