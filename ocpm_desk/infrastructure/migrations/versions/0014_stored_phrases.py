"""Stored notes become keyed phrases (issue 17): hold reasons, history notes, what the conditions found, quarantine
reasons.

Revision ID: 0014
Revises: 0013

0.1 stored English sentences that the screens parsed back; since 0014 a stored phrase is a key and typed values
(``ocpm_desk.kernel.notes``), said in the reader's language. ``stored_phrases`` reads 0.1's sentences back once; audit
events (chained) and issued decisions (frozen) stay as they are. No schema change: the columns keep their type.
"""

from collections.abc import Sequence

from alembic import op

from ocpm_desk.infrastructure.migrations import stored_phrases
from ocpm_desk.infrastructure.migrations.stored_phrases_quarantine import convert_quarantine_reasons

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        op.execute("SELECT ocpm_skip_row_audit()")  # the owner rewrites notes: no row.* event per row
    stored_phrases.convert_hold_reasons(connection)
    stored_phrases.convert_order_events(connection)
    stored_phrases.convert_condition_results(connection)
    convert_quarantine_reasons(connection)


def downgrade() -> None:
    """The keyed phrases stay: 0.1's screens show a stored phrase's words (its JSON) rather than lose it."""
