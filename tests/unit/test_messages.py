"""Messages of the rules: English text that carries a code and its values."""

import pickle
from datetime import date

from dsar_desk.domain.cases import FieldProblem
from dsar_desk.domain.messages import Message, from_json, msg, placeholders, to_json


def test_a_message_is_its_english_sentence():
    m = msg("case.email-invalid", "'{email}' is not an email address", email="x@y")
    assert m == "'x@y' is not an email address"
    assert "not an email" in m and m.startswith("'x@y'")
    assert f"email: {m}" == "email: 'x@y' is not an email address"
    assert (m.code, m.template, dict(m.params)) == (
        "case.email-invalid", "'{email}' is not an email address", {"email": "x@y"})


def test_values_read_naturally_in_english():
    m = msg("t.dates", "{day} is before {rights}", day=date(2026, 2, 3), rights=["access", "erasure"])
    assert m == "2026-02-03 is before access, erasure"
    assert m.params["day"] == date(2026, 2, 3)  # the value itself, for the interface to format


def test_field_problem_exposes_the_code():
    p = FieldProblem("name", msg("case.name-required", "is required"))
    assert str(p) == "Requester name: is required"
    assert p.code == "case.name-required"
    assert FieldProblem("name", "plain").code == ""


def test_pickle_and_json_keep_the_code():
    m = msg("t.x", "{n} item(s) open", n=3)
    back = pickle.loads(pickle.dumps(m))
    assert isinstance(back, Message) and back.code == "t.x" and back == "3 item(s) open"
    stored = to_json(m)
    again = from_json(stored)
    assert isinstance(again, Message) and again.code == "t.x" and again == m
    assert from_json("an older plain text") == "an older plain text"
    assert placeholders("{a} and {b} and {a}") == ["a", "b"]
