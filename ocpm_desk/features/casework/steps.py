"""What the use cases of other features (refusals, the mail room) may compose of casework: the steps on an order.

Each runs inside the unit of work its caller opened, after the caller's permission check. Another feature imports
casework through this module only (an import-linter contract keeps it so).
"""

from __future__ import annotations

from ocpm_desk.features.casework.attestations import make_attestation
from ocpm_desk.features.casework.claiming import (
    check_version,
    committed,
    load_order,
    load_order_at,
    move,
    order_address,
    order_state,
)
from ocpm_desk.features.casework.history import touch
from ocpm_desk.features.casework.review import condition_view, order_rule_set

__all__ = ["check_version", "committed", "condition_view", "load_order", "load_order_at", "make_attestation", "move",
           "order_address", "order_rule_set", "order_state", "touch"]
