"""Two clerks on one row: what each changed since the version the first one read.

When a save is refused because a colleague changed the row meanwhile (``ChangedMeanwhile``),
the clerk may compare: for every field that either of them changed, what it was when read
(``base``), what it is now (``theirs``) and what the clerk would write (``mine``). "Keep mine"
writes only the fields the clerk changed, on top of the new version (desk.cases). Plain Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Difference:
    field: str
    base: str  # when the clerk read it
    theirs: str  # now, after the colleague's change
    mine: str  # what the clerk would write

    @property
    def both_changed(self) -> bool:
        """Both changed it, differently: keeping mine overwrites theirs."""
        return self.theirs != self.base and self.mine != self.base and self.mine != self.theirs


def shown(value) -> str:
    """A field's value as text (lists joined, dates in ISO form)."""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) if all("\n" not in str(v) for v in value) else "\n".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def differences(fields: Iterable[str], base: dict, theirs: dict, mine: dict) -> list[Difference]:
    """A row for each field that the colleague (theirs) or the clerk (mine) changed since base;
    a field the clerk did not give is theirs to keep."""
    rows = []
    for name in fields:
        was, now = shown(base.get(name)), shown(theirs.get(name))
        would = shown(mine[name]) if name in mine else was
        if now != was or would != was:
            rows.append(Difference(name, was, now, would))
    return rows
