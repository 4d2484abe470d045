"""Who else has a case open, in team mode: what the apps of the team tell each other.

An open case detail announces itself every :data:`ANNOUNCE_EVERY` seconds (and once more when it
closes, "no longer open"); a colleague counts as having the case open while an announcement of
theirs is younger than :data:`SEEN_FOR` seconds, so an app that vanished without a word (a crash,
a cable) drops out by itself. Nothing of it is stored. Plain Python: the clock is given.
"""

from __future__ import annotations

ANNOUNCE_EVERY = 20.0  # seconds between two announcements of an open case
SEEN_FOR = 60.0  # seconds an announcement counts


class Presence:
    """The announcements heard from the other apps of the team (this app's own left out)."""

    def __init__(self, own_app: str):
        self.own_app = own_app
        self._seen: dict[int, dict[str, tuple[str, float]]] = {}  # case -> app -> (login, when)

    def heard(self, case_id: int, who: str, is_open: bool, app: str, now: float) -> bool:
        """Take an announcement in; returns whether it is news (a colleague came or left)."""
        if app == self.own_app:
            return False
        apps = self._seen.setdefault(case_id, {})
        known = app in apps and now - apps[app][1] <= SEEN_FOR
        if is_open:
            apps[app] = (who, now)
            return not known
        apps.pop(app, None)
        if not apps:
            self._seen.pop(case_id, None)
        return known

    def others(self, case_id: int, now: float) -> list[str]:
        """The logins that have ``case_id`` open now, in alphabetical order, each once."""
        apps = self._seen.get(case_id, {})
        return sorted({who for who, when in apps.values() if now - when <= SEEN_FOR})

    def expire(self, now: float) -> list[int]:
        """Forget announcements too old to count; returns the cases whose list changed."""
        changed = []
        for case_id in list(self._seen):
            apps = self._seen[case_id]
            old = [app for app, (_who, when) in apps.items() if now - when > SEEN_FOR]
            for app in old:
                del apps[app]
            if old:
                changed.append(case_id)
            if not apps:
                del self._seen[case_id]
        return changed
