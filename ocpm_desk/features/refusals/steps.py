"""What the order screen's use cases (casework) may read of refusals: the decisions and hearing of an order, and
what a user may do about them. Another feature imports refusals through this module only (an import-linter
contract keeps it so).
"""

from __future__ import annotations

from ocpm_desk.features.refusals.proposals import (
    OPEN_DECISION_STATUSES,
    decision_versions,
    hearing_view,
    last_return_comment,
    latest_hearing,
    refusal_actions,
)

__all__ = ["OPEN_DECISION_STATUSES", "decision_versions", "hearing_view", "last_return_comment", "latest_hearing",
           "refusal_actions"]
