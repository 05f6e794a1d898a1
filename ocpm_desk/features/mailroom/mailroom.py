"""The mail room (DESIGN §3, §4.3–4.4, §6): printing, shipping, returns, deliveries, deposit lists, deadlines.

Need to know: what the mail room is given here is addresses, products and documents — never register data nor
payment details (the dataclasses have no such fields; on PostgreSQL the grants say the same).

* **Printing** (``printing.py``). "À imprimer" lists the originals waiting: the attestation of each approved order,
  the issued decision of each refused order, and hearing letters not printed yet. A selection is merged into one PDF
  and handed to the print system as one job (``ocpm_desk.infrastructure.printing``); only once it was accepted are
  the orders moved to ``ready_to_ship`` and the hearing letters marked printed (their order keeps its status).
* **Shipping** (``shipping.py``). A scanned order barcode names what waits for the post; registered items (decisions
  and hearing letters always, and attestations sent registered) need their item number — domestic
  ``98.xx.xxxxxx.xxxxxxxx`` or, abroad, UPU S10 — valid and never used before. Each item is its own transaction
  (``shipments``).
* **Returns and deliveries** (``returns.py``, ``tracking.py``). A returned envelope records its reason (the order goes
  back to its caseworker as ``returned``); a CSV of tracking events (``item number, event, date``) records
  deliveries and delivery attempts. A decision's notification date follows DESIGN §4.4 and its appeal deadline §4.3
  (``deadlines.py``).
* **Deposit lists** (``deposit_lists.py``) and **corrections** (``corrections.py``, G5).

The building blocks they share (the mail room's columns of an order, postal products and tariffs, item numbers)
are in ``postal_items.py``. This module gathers the mail room's use cases under one name, for the demo data and
the tests that drive the mail room as a whole.
"""

from __future__ import annotations

from ocpm_desk.features.mailroom.corrections import record_correction as record_correction
from ocpm_desk.features.mailroom.deadlines import appeal_deadlines as appeal_deadlines
from ocpm_desk.features.mailroom.deposit_lists import deposit_list as deposit_list
from ocpm_desk.features.mailroom.deposit_lists import deposit_list_pdf as deposit_list_pdf
from ocpm_desk.features.mailroom.postal_items import normalize_item_number as normalize_item_number
from ocpm_desk.features.mailroom.printing import mark_printed as mark_printed
from ocpm_desk.features.mailroom.printing import print_batch as print_batch
from ocpm_desk.features.mailroom.printing import print_preview as print_preview
from ocpm_desk.features.mailroom.printing import print_queue as print_queue
from ocpm_desk.features.mailroom.printing import printers as printers
from ocpm_desk.features.mailroom.returns import RETURN_REASONS as RETURN_REASONS
from ocpm_desk.features.mailroom.returns import record_return as record_return
from ocpm_desk.features.mailroom.returns import send_again as send_again
from ocpm_desk.features.mailroom.shipping import scan as scan
from ocpm_desk.features.mailroom.shipping import ship as ship
from ocpm_desk.features.mailroom.shipping import shipments as shipments
from ocpm_desk.features.mailroom.tracking import ATTEMPT_EVENTS as ATTEMPT_EVENTS
from ocpm_desk.features.mailroom.tracking import DELIVERED_EVENTS as DELIVERED_EVENTS
from ocpm_desk.features.mailroom.tracking import MAX_TRACKING_LINES as MAX_TRACKING_LINES
from ocpm_desk.features.mailroom.tracking import import_tracking as import_tracking
