"""A shipment's notification date is the one the law gives (PostgreSQL; issue 19 §1).

Revision ID: 0015
Revises: 0014

The appeal deadline of a decision, and from issue 19 the time to comment on a hearing letter, run from the day the
registered letter counts as notified (``kernel.calendar.notification_date``): the day it was delivered, but no later
than the end of the 7-day holding period after the first attempt; for a letter not collected, the end of that period.
Until now ``ocpm_check_shipment`` kept a recorded ``notified_on`` from changing, but a mail-room login could write any
date after the shipping. Since 0015 the database accepts only that date: with the delivery, or with the return of a
decision or a hearing letter not collected after an attempt. SQLite has the same rule in the use cases only.
"""

from collections.abc import Sequence

from alembic import op

from ocpm_desk.infrastructure.migrations import pg_write_model
from ocpm_desk.infrastructure.migrations.revisions import edited, execute, statement

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LAST_CHECK = """             OR NEW.notified_on < OLD.shipped_at::date THEN
            RAISE EXCEPTION 'shipment %: a date between its shipping and today', OLD.id USING ERRCODE = '23514';
          END IF;
"""
#: 7: the holding period of a registered letter (``kernel.calendar.HOLDING_PERIOD_DAYS`` as of this revision).
_NOTIFICATION = """          IF NEW.notified_on IS DISTINCT FROM OLD.notified_on AND NOT (
               (NEW.status = 'delivered' AND NEW.notified_on = least(
                  NEW.delivered_on, coalesce(NEW.first_attempt_on, NEW.delivered_on) + 7))
               OR (NEW.status = 'returned' AND NEW.return_reason = 'not_collected'
                   AND NEW.content IN ('decision', 'hearing_letter')
                   AND NEW.notified_on = NEW.first_attempt_on + 7)) THEN
            RAISE EXCEPTION 'shipment %: notified when delivered, or at the end of its holding period if not collected', OLD.id
              USING ERRCODE = '23514';
          END IF;
"""


def _shipment_check() -> str:
    """``ocpm_check_shipment`` as revision 0012 wrote it."""
    return statement(pg_write_model.statements(), "CREATE OR REPLACE FUNCTION public.ocpm_check_shipment()")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    execute(op.get_bind(), [edited(_shipment_check(), (_LAST_CHECK, _LAST_CHECK + _NOTIFICATION),
                                   what="0015 ocpm_check_shipment")])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    execute(op.get_bind(), [_shipment_check()])
