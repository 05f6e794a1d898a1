"""The audit chain's hash (DESIGN §5): one chain for the whole database, tamper-evident.

``hash = sha256(prev_hash | id | occurred_at | actor | action | entity | entity_id | payload)`` over the UTF-8
text joined by ``|``; ``occurred_at`` in ISO 8601 UTC with microseconds; ``payload`` is the exact JSON text stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_payload(payload: Mapping[str, Any]) -> str:
    """The JSON text stored and hashed: sorted keys, no spaces, UTF-8 kept readable."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def format_occurred_at(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def chain_hash(
    prev_hash: str,
    event_id: int,
    occurred_at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    payload: str,
) -> str:
    text = "|".join(
        [prev_hash, str(event_id), format_occurred_at(occurred_at), actor, action, entity, entity_id, payload]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
