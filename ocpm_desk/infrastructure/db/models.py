"""SQLAlchemy 2 mapping of the central database (DESIGN §5).

Table and column names are a contract: the web platform writes orders, reporting reads them. The same tables and
columns exist on SQLite and PostgreSQL; PostgreSQL adds only roles, grants, functions and triggers. Money is in
integer centimes, VAT rates in basis points (810 = 8.10 %), hashes lowercase hex, people by ``staff.username``.

Every model is used from here (``from ocpm_desk.infrastructure.db import models as m``, then ``m.Order``); they are
declared by area: ``model_base`` (``Base``, the column types), ``staff_models``, ``reference_models``,
``register_models``, ``order_models`` and ``audit_models``.
"""

from __future__ import annotations

# isort: off
# In the order the tables were always declared: ``Base.metadata.tables`` lists them in that order.
from ocpm_desk.infrastructure.db.model_base import NAMING, Base, Id, TZDateTime, UTCDateTime
from ocpm_desk.infrastructure.db.staff_models import Staff, StaffRequest, StaffRole, Team
from ocpm_desk.infrastructure.db.reference_models import (
    CalendarClosure,
    ConditionRule,
    ConditionRuleSet,
    FeeSchedule,
    LifecycleTransition,
    PostalProduct,
    PostalTariff,
    RefusalGround,
    Service,
    Setting,
    VatRate,
)
from ocpm_desk.infrastructure.db.register_models import RegisterGuardianship, RegisterPerson, RegisterResidence
from ocpm_desk.infrastructure.db.order_models import (
    OUTCOMES,
    STATUSES,
    Applicant,
    ConditionResult,
    CorrectionRequest,
    Decision,
    DecisionGround,
    DepositList,
    Document,
    Hearing,
    Order,
    OrderEvent,
    Shipment,
    TrackingEvent,
)
from ocpm_desk.infrastructure.db.audit_models import AuditEvent, ImportQuarantine
# isort: on

__all__ = [
    "NAMING",
    "OUTCOMES",
    "STATUSES",
    "Applicant",
    "AuditEvent",
    "Base",
    "CalendarClosure",
    "ConditionResult",
    "ConditionRule",
    "ConditionRuleSet",
    "CorrectionRequest",
    "Decision",
    "DecisionGround",
    "DepositList",
    "Document",
    "FeeSchedule",
    "Hearing",
    "Id",
    "ImportQuarantine",
    "LifecycleTransition",
    "Order",
    "OrderEvent",
    "PostalProduct",
    "PostalTariff",
    "RefusalGround",
    "RegisterGuardianship",
    "RegisterPerson",
    "RegisterResidence",
    "Service",
    "Setting",
    "Shipment",
    "Staff",
    "StaffRequest",
    "StaffRole",
    "TZDateTime",
    "Team",
    "TrackingEvent",
    "UTCDateTime",
    "VatRate",
]
