"""Identity checks in a real SQLite file: the disclosure block, ID copies encrypted and purged,
opening recorded, reminders, and the attachment key with and without a keyring."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from dsar_desk import secrets, vault
from dsar_desk.desk import attachments
from dsar_desk.desk import cases as desk
from dsar_desk.desk import identity as idesk
from dsar_desk.desk import keys as attachment_keys
from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.domain.identity import IdentityDraft
from dsar_desk.store import cases as store
from dsar_desk.store import identity as idstore
from dsar_desk.store.models import Attachment, IdentityCheck, Setting, database
from dsar_desk.store.organisations import export_profile, get_organisation
from dsar_desk.vault import VaultError
from tests.unit.mrz_specimens import td1

MARKER = b"MARKER-ID-COPY-7f3a9c"


@pytest.fixture(autouse=True)
def fresh_session():
    attachment_keys.forget_keys()
    yield
    attachment_keys.forget_keys()


def new_case(org="ecomail", received=None, **kw):
    draft = CaseDraft(organisation=org, name="Sanne de Vries", email="sanne@example.nl", language="nl" if org != "maildrop" else "fr",
                      rights=["access"], channel="email", received=received or date.today() - timedelta(days=20), **kw)
    return desk.create_case(draft, "anna")


def verified_by_document(**kw):
    base = dict(method="id-document", outcome="verified", document_type="identity-card", issuing_country="BE",
                expiry=date(2031, 5, 1), document_number="SPEC12345", proportionality="no account to match with",
                blacked_out=True)
    base.update(kw)
    return IdentityDraft(**base)


def raw_bytes(db_path: Path) -> bytes:
    data = db_path.read_bytes()
    wal = Path(str(db_path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def set_retention(slug: str, days: int) -> None:
    text = export_profile(slug)
    text = text.replace("[policy]\n", f"[policy]\nid_copy_retention_days = {days}\n", 1)
    import_profile(text)
    assert idstore.retention_days(get_organisation(slug)) == days


def test_disclosure_block_follows_the_checks(samples):
    case = new_case("ecomail")  # policy: identity = "id-copy"
    block = idstore.disclosure_block(case)
    assert block and "policy" in block

    with pytest.raises(desk.InvalidCase) as err:
        desk.request_identity(case, "anna", id_copy=True, why=" ")
    assert err.value.problems[0].field == "proportionality"
    desk.request_identity(case, "anna", id_copy=True, why="the email is not the one on the account")
    case = store.get_case(case.reference)
    assert case.status == "awaiting-identity"
    assert "waiting" in idstore.disclosure_block(case)

    idesk.record_check(case, IdentityDraft(method="signed-letter", outcome="failed",
                                             reason="signature does not match the contract"), "anna")
    case = store.get_case(case.reference)
    assert case.status == "awaiting-identity"  # still waiting for a usable proof
    assert "failed" in idstore.disclosure_block(case)

    with pytest.raises(desk.InvalidCase, match="policy asks for “Identity document seen”"):
        idesk.record_check(case, IdentityDraft(method="account-match", outcome="verified",
                                                 matched=["customer-number", "postal-address"]), "anna")
    idesk.record_check(case, IdentityDraft(method="account-match", outcome="verified",
                                             matched=["customer-number", "postal-address"],
                                             reason="customer number and address match: no copy needed"), "anna")
    case = store.get_case(case.reference)
    assert idstore.disclosure_block(case) is None
    assert case.status == "in-progress"
    kinds = [(e.kind, e.new) for e in store.events_of(case)]
    assert ("identity", "verified") in kinds and ("identity", "failed") in kinds
    texts = " | ".join(e.text for e in store.events_of(case))
    assert "why lesser means are not enough: the email is not the one on the account" in texts
    assert "matched customer number, postal address" in texts


def test_no_block_when_the_policy_asks_no_check(samples):
    case = new_case("maildrop")
    assert idstore.disclosure_block(case) is None


def test_not_needed_is_an_override_with_its_reason(samples):
    case = new_case("ecomail")
    assert idstore.disclosure_block(case) is not None
    idesk.record_check(case, IdentityDraft(method="not-needed", outcome="not-needed",
                                             reason="request sent from the logged-in account"), "anna")
    assert idstore.disclosure_block(store.get_case(case.reference)) is None
    [check] = idstore.checks_of(case)
    assert check.reason == "request sent from the logged-in account"


def test_a_bad_check_writes_nothing(samples):
    case = new_case("ecomail")
    before = len(store.events_of(case))
    with pytest.raises(desk.InvalidCase) as err:
        idesk.record_check(case, verified_by_document(issuing_country="", proportionality=""), "anna",
                             id_copy=desk.NewAttachment("id.jpg", MARKER))
    assert {p.field for p in err.value.problems} == {"issuing_country", "proportionality"}
    assert idstore.checks_of(case) == []
    assert Attachment.select().count() == 0
    assert len(store.events_of(case)) == before


def test_an_id_copy_is_encrypted_then_purged_without_a_trace(samples, db_path):
    case = new_case("ecomail")  # retention 0: purged as soon as the check is recorded
    payload = b"%PDF-1.4 " + MARKER + b" photo and national number blacked out " * 50
    check = idesk.record_check(case, verified_by_document(mrz=td1(), surname="Peeters", given_names="Bram"),
                                 "anna", id_copy=desk.NewAttachment("C:\\scans\\id.pdf", payload))
    row = Attachment.get_by_id(check.attachment_id)
    stored = bytes(row.data)
    assert row.kind == "id-copy"
    assert MARKER not in stored and stored != payload
    assert row.key_id == attachment_keys.key_id() == vault.key_fingerprint(attachment_keys.key_for(row.key_id))
    assert check.mrz_format == "TD1" and check.mrz_check_digits_ok and check.mrz_name_agrees
    assert check.number_last4 == "2345"
    fragment = stored[20:80]  # ciphertext, past the header and nonce
    assert fragment in raw_bytes(db_path)  # the file search below can find it...
    assert MARKER not in raw_bytes(db_path)  # ...and the plaintext never reached the file

    result = idesk.purge_id_copies()
    assert result.purged == 1 and result.references == (case.reference,)
    assert Attachment.get_by_id(row.id).data is None
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    everything = raw_bytes(db_path)
    assert fragment not in everything
    assert MARKER not in everything
    assert b"SPEC12345" not in everything  # only the last 4 of the number were kept
    texts = [e.text for e in store.events_of(case)]
    assert f"ID copy purged on {date.today().isoformat()} (id.pdf); the check's outcome is kept" in texts
    assert idstore.disclosure_block(store.get_case(case.reference)) is None  # the outcome stays
    with pytest.raises(attachment_keys.AttachmentPurged):
        attachments.attachment_data(row.id)
    assert idesk.purge_id_copies().purged == 0


def test_an_id_copy_is_kept_for_the_retention_days(samples):
    set_retention("ecomail", 7)
    case = new_case("ecomail")
    checked = date.today() - timedelta(days=3)
    check = idesk.record_check(case, verified_by_document(checked_on=checked), "anna",
                                 id_copy=desk.NewAttachment("id.png", MARKER))
    assert any(f"deleted on {(checked + timedelta(days=7)).isoformat()}" in e.text for e in store.events_of(case))
    assert idesk.purge_id_copies().purged == 0
    assert idesk.purge_id_copies(today=checked + timedelta(days=6)).purged == 0
    assert attachments.attachment_data(check.attachment_id) == MARKER
    assert idesk.purge_id_copies(today=checked + timedelta(days=7)).purged == 1
    assert Attachment.get_by_id(check.attachment_id).data is None


def test_every_attachment_is_encrypted_bound_to_its_case_and_opening_is_recorded(samples, db_path):
    draft = CaseDraft(organisation="maildrop", name="Inès Lambert", email="ines@example.fr", language="fr",
                      rights=["access"], channel="letter", received=date.today())
    case = desk.create_case(draft, "anna", [desk.NewAttachment("lettre.pdf", b"%PDF " + MARKER)])
    [a] = store.attachments_of(case)
    row = Attachment.get_by_id(a.id)
    assert MARKER not in bytes(row.data)
    assert MARKER not in raw_bytes(db_path)
    assert row.key_id == attachment_keys.key_id()
    assert attachment_keys.take_recovery_code() is not None  # made with the first attachment, shown once
    assert attachment_keys.take_recovery_code() is None

    assert attachments.open_attachment(a.id, "bert") == b"%PDF " + MARKER
    opened = [e for e in store.events_of(case) if e.kind == "opened"]
    assert [(e.who, e.text) for e in opened] == [("bert", "lettre.pdf opened")]

    # moved to another case, the blob no longer opens
    other = new_case("maildrop")
    Attachment.update(case=other.id).where(Attachment.id == a.id).execute()
    with pytest.raises(VaultError):
        attachments.attachment_data(a.id)


def test_plain_attachments_from_before_are_encrypted(samples, db_path):
    case = new_case("maildrop")
    Attachment.create(case=case, filename="old.eml", size=len(MARKER), sha256="x", data=MARKER, key_id="", who="anna")
    assert attachment_keys.encrypt_plain_attachments() == 1
    row = Attachment.get(Attachment.filename == "old.eml")
    assert row.key_id and MARKER not in bytes(row.data)
    assert attachments.attachment_data(row.id) == MARKER


def test_reminders_after_the_organisations_days(samples):
    today = date.today()
    late = new_case("ecomail", received=today - timedelta(days=30))
    recent = new_case("ecomail", received=today - timedelta(days=30))
    desk.request_identity(late, "anna", today - timedelta(days=15))
    desk.request_identity(recent, "anna", today - timedelta(days=14))
    reminders = idstore.identity_reminders(today)
    assert [(r.reference, r.days_waiting, r.reminder_days) for r in reminders] == [(late.reference, 15, 14)]
    idesk.set_reminder_days(get_organisation("ecomail"), 20)
    assert Setting.get(Setting.key == "identity_reminder_days:ecomail").value == "20"
    assert idstore.identity_reminders(today) == []
    idesk.set_reminder_days(get_organisation("ecomail"), 10)
    assert {r.reference for r in idstore.identity_reminders(today)} == {late.reference, recent.reference}
    desk.information_received(late, "anna", today)
    assert [r.reference for r in idstore.identity_reminders(today)] == [recent.reference]
    with pytest.raises(desk.InvalidCase):
        idesk.set_reminder_days(get_organisation("ecomail"), 0)


def test_without_a_keyring_the_passphrase_route_works(samples, db_path):
    keyring.set_keyring(FailKeyring())
    assert not secrets.keyring_available()
    case = new_case("maildrop")
    with pytest.raises(attachment_keys.KeyNeeded) as err:
        attachments.add_attachment(case, desk.NewAttachment("scan.pdf", MARKER), "anna")
    assert err.value.need == attachment_keys.NEED_PASSPHRASE_SETUP
    assert "gnome-keyring" in str(err.value) and "passphrase" in str(err.value)
    assert Attachment.select().count() == 0

    code = attachment_keys.setup_passphrase("correct horse battery staple")
    attachments.add_attachment(case, desk.NewAttachment("scan.pdf", MARKER), "anna")
    [a] = store.attachments_of(case)
    salt = Setting.get(Setting.key == "attachment_key_salt").value
    assert salt and Setting.get(Setting.key == "attachment_key_id").value == a.key_id

    # a new session: the passphrase is asked again, the key was never written anywhere
    key = attachment_keys.key_for(a.key_id)
    attachment_keys.forget_keys()
    with pytest.raises(attachment_keys.KeyNeeded) as err:
        attachments.attachment_data(a.id)
    assert err.value.need == attachment_keys.NEED_PASSPHRASE
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    everything = raw_bytes(db_path)
    assert key not in everything and code.encode() not in everything
    with pytest.raises(VaultError, match="wrong passphrase"):
        attachment_keys.unlock_with_passphrase("wrong horse battery staple")
    attachment_keys.unlock_with_passphrase("correct horse battery staple")
    assert attachments.attachment_data(a.id) == MARKER
    # the recovery code opens them too (e.g. after the passphrase is forgotten)
    attachment_keys.forget_keys()
    assert attachment_keys.restore_from_code(code) == "session"
    assert attachments.attachment_data(a.id) == MARKER


def test_a_new_computer_restores_the_key_from_the_recovery_code(samples, memory_keyring):
    from tests.unit.memory_keyring import MemoryKeyring

    case = new_case("maildrop")
    attachments.add_attachment(case, desk.NewAttachment("scan.pdf", MARKER), "anna")
    code = attachment_keys.take_recovery_code()
    [a] = store.attachments_of(case)
    keyring.set_keyring(MemoryKeyring())  # another computer, same database
    attachment_keys.forget_keys()
    with pytest.raises(attachment_keys.KeyNeeded) as err:
        attachments.attachment_data(a.id)
    assert err.value.need == attachment_keys.NEED_RECOVERY_CODE
    assert "recovery code" in str(err.value)
    with pytest.raises(VaultError):
        attachment_keys.restore_from_code(vault.recovery_code(vault.new_key()))
    assert attachment_keys.restore_from_code(code) == "keyring"
    attachment_keys.forget_keys()
    assert attachments.attachment_data(a.id) == MARKER  # from the keyring now


def test_the_country_comparison_of_the_mrz_is_stored(samples):
    from dsar_desk.domain.identity import IdentityDraft
    from tests.unit.mrz_specimens import td3

    case = desk.create_case(desk.CaseDraft(organisation="ecomail", name="Sanne de Vries", email="s@example.nl",
                                             language="nl", rights=["access"]), "Anna Clerk")
    draft = IdentityDraft(method="id-document", outcome="verified", checked_on=date.today(),
                          document_type="passport", issuing_country="BE", expiry=date(2033, 7, 7),
                          mrz=td3(state="NLD", expiry="330707"))
    check = idesk.record_check(case, draft, "Anna Clerk")
    stored = IdentityCheck.get_by_id(check.id)
    assert stored.mrz_country_agrees is False
    assert "issuing country differs" in " ".join(e.text for e in store.events_of(case))
