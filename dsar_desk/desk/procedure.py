"""An organisation's written procedure, from its profile, the clerk's settings and what the desk knows (reads only).

    procedure_for("ecomarket", "fr")     # a dsar_desk.domain.procedure.Procedure
    procedures_for("ecomarket")          # one per language of the organisation

Who handles requests: the clerk using the desk (name and role from the settings) and everyone
assigned a case of the organisation in the last twelve months. The register version is the
organisation's current one, dated when it was recorded.
"""

from __future__ import annotations

from datetime import date

from dsar_desk.domain.checklist import months_before
from dsar_desk.domain.procedure import Procedure, ProcedureSettings, build_procedure
from dsar_desk.store.models import Case, Organisation
from dsar_desk.store.organisations import get_organisation, profile_of

__all__ = ["procedure_settings", "procedure_for", "procedures_for"]


def _clerk() -> tuple[str, str]:
    from dsar_desk.settings import Settings

    settings = Settings()
    return settings.clerk, (settings.get("clerk_role") or "").strip()


def procedure_settings(org: Organisation, today: date | None = None) -> ProcedureSettings:
    from dsar_desk.store.identity import reminder_days
    from dsar_desk.store.models import RegisterVersion

    today = today or date.today()
    name, role = _clerk()
    handlers = [f"{name} ({role})" if role else name]
    recent = (Case.select(Case.assignee).distinct()
              .where(Case.organisation == org, Case.received > months_before(today, 12))
              .order_by(Case.assignee).tuples())
    handlers += [a for (a,) in recent if a and a != name]
    recorded = (RegisterVersion.select(RegisterVersion.created_at)
                .where(RegisterVersion.organisation == org, RegisterVersion.version == org.profile_version).scalar())
    return ProcedureSettings(
        register_version=org.profile_version,
        register_date=recorded.date() if recorded else None,
        handlers=tuple(handlers),
        pause_rule=org.pause_rule,
        subdivision=org.subdivision,
        reminder_days=reminder_days(org),
        generated_on=today,
    )


def procedure_for(slug: str, language: str | None = None, today: date | None = None) -> Procedure:
    """The procedure of an organisation in ``language`` (default: its first). UnknownOrganisation if none."""
    org = get_organisation(slug)
    return build_procedure(profile_of(org), procedure_settings(org, today), language)


def procedures_for(slug: str, today: date | None = None) -> list[Procedure]:
    org = get_organisation(slug)
    profile, settings = profile_of(org), procedure_settings(org, today)
    return [build_procedure(profile, settings, lang) for lang in profile.languages]
