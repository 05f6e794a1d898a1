"""Staff roles (DESIGN §2). A person may hold several."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    MAILROOM = "mailroom"
    ADMIN = "admin"
    AUDITOR = "auditor"
    INTAKE = "intake"


def parse_roles(values: object) -> frozenset[Role]:
    """Roles from their names; an unknown name is a ValueError naming it."""
    if isinstance(values, str):
        values = [v for v in values.replace(";", ",").split(",") if v.strip()]
    if not isinstance(values, list | tuple | set | frozenset):
        raise ValueError(f"roles must be a list of names, not {type(values).__name__}")
    out: set[Role] = set()
    for v in values:
        name = str(v).strip()
        try:
            out.add(Role(name))
        except ValueError:
            raise ValueError(
                f"unknown role {name!r}; expected one of {', '.join(r.value for r in Role)}"
            ) from None
    return frozenset(out)
