"""Edits of a register (the profile data) that keep it consistent: what the organisation editor
does to the data beyond setting one field."""

from __future__ import annotations


def rename_recipient(data: dict, old_id: str, new_id: str) -> int:
    """The activities follow a renamed recipient: every ``recipients`` list naming ``old_id`` names
    ``new_id`` instead. Returns how many activities changed."""
    changed = 0
    for activity in data.get("processing", []) or []:
        names = activity.get("recipients")
        if isinstance(names, list) and old_id in names:
            activity["recipients"] = [new_id if x == old_id else x for x in names]
            changed += 1
    return changed


def remove_recipient(data: dict, recipient_id: str) -> int:
    """The activities stop naming a removed recipient. Returns how many activities changed."""
    changed = 0
    for activity in data.get("processing", []) or []:
        names = activity.get("recipients")
        if isinstance(names, list) and recipient_id in names:
            activity["recipients"] = [x for x in names if x != recipient_id]
            changed += 1
    return changed
