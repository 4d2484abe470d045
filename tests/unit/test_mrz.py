"""MRZ parsing and checking (ICAO 9303)."""

from __future__ import annotations

import string
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dsar_desk.domain.mrz import (
    CheckDigit,
    MrzFormatError,
    MrzResult,
    check_digit,
    compare_with,
    parse_mrz,
    to_mrz_name,
)

TODAY = date(2025, 6, 1)

# --------------------------------------------------------------------------- an independent
# implementation of the check digit, used to build specimens (the module's own is tested
# against it and against the ICAO specimens).


def _value(ch: str) -> int:
    if ch.isdigit():
        return int(ch)
    if ch == "<":
        return 0
    return string.ascii_uppercase.index(ch) + 10


def cd(data: str) -> str:
    weights = [7, 3, 1] * (len(data) // 3 + 1)
    return str(sum(_value(c) * w for c, w in zip(data, weights)) % 10)


def pad(text: str, width: int) -> str:
    assert len(text) <= width, text
    return text + "<" * (width - len(text))


def name_field(surname: str, given_names: str, width: int) -> str:
    return pad(f"{surname}<<{given_names}"[:width], width)


def build_td3(
    *, code="P<", state, surname, given_names, number, nationality, birth, sex, expiry, personal=""
) -> str:
    line1 = code + state + name_field(surname, given_names, 39)
    num = pad(number, 9)
    pers = pad(personal, 14)
    pers_cd = cd(pers) if personal else "<"
    body = num + cd(num) + nationality + birth + cd(birth) + sex + expiry + cd(expiry) + pers + pers_cd
    composite = cd(body[0:10] + body[13:20] + body[21:43])
    return line1 + "\n" + body + composite


def build_td1(
    *, code="I<", state, surname, given_names, number, nationality, birth, sex, expiry, opt1="", opt2=""
) -> str:
    if len(number) <= 9:
        line1 = code + state + pad(number, 9) + cd(pad(number, 9)) + pad(opt1, 15)
    else:
        line1 = code + state + number[:9] + "<" + pad(number[9:] + cd(number) + opt1, 15)
    line2 = birth + cd(birth) + sex + expiry + cd(expiry) + nationality + pad(opt2, 11)
    line2 += cd(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return "\n".join([line1, line2, name_field(surname, given_names, 30)])


def build_td2(
    *, code="I<", state, surname, given_names, number, nationality, birth, sex, expiry, optional=""
) -> str:
    line1 = code + state + name_field(surname, given_names, 31)
    if len(number) <= 9:
        head = pad(number, 9) + cd(pad(number, 9))
        opt = pad(optional, 7)
    else:
        head = number[:9] + "<"
        opt = pad(number[9:] + cd(number) + optional, 7)
    line2 = head + nationality + birth + cd(birth) + sex + expiry + cd(expiry) + opt
    line2 += cd(line2[0:10] + line2[13:20] + line2[21:35])
    return line1 + "\n" + line2


# --------------------------------------------------------------------------- specimens

ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
)
ICAO_TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n"
    "7408122F1204159UTO<<<<<<<<<<<6\n"
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
ICAO_TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6"
# ICAO 9303 part 5: a document number longer than 9 characters (overflow into optional data).
ICAO_TD1_LONG_NUMBER = (
    "I<UTOD23145890<7349<<<<<<<<<<<\n"
    "3407127M9507122UTO<<<<<<<<<<<2\n"
    "STEVENSON<<PETER<JOHN<<<<<<<<<"
)

DUTCH_PASSPORT = build_td3(
    state="NLD",
    surname="DE<BRUIJN",
    given_names="WILLEKE<LISELOTTE",
    number="SPECI2014",
    nationality="NLD",
    birth="650310",
    sex="F",
    expiry="240309",
    personal="999999990",
)
FRENCH_ID_CARD = build_td1(
    code="ID",
    state="FRA",
    surname="MARTIN",
    given_names="MAELYS<GAELLE<MARIE",
    number="X4RTBPFW4",
    nationality="FRA",
    birth="900713",
    sex="F",
    expiry="300211",
)
GERMAN_TD2 = build_td2(
    state="D<<",
    surname="MUELLER<LUEDENSCHEID",
    given_names="JOERG",
    number="T22000129",
    nationality="D<<",
    birth="831221",
    sex="M",
    expiry="310131",
)
LONG_NUMBER_TD2 = build_td2(
    state="UTO",
    surname="SMITH",
    given_names="JO",
    number="AB1234567890",
    nationality="UTO",
    birth="010101",
    sex="<",
    expiry="300101",
)

SPECIMENS = {
    "icao-td3": ICAO_TD3,
    "icao-td1": ICAO_TD1,
    "icao-td2": ICAO_TD2,
    "icao-td1-long": ICAO_TD1_LONG_NUMBER,
    "nl-passport": DUTCH_PASSPORT,
    "fr-id-card": FRENCH_ID_CARD,
    "de-td2": GERMAN_TD2,
    "td2-long": LONG_NUMBER_TD2,
}


def parse(text: str) -> MrzResult:
    return parse_mrz(text, today=TODAY)


# --------------------------------------------------------------------------- check digits


@pytest.mark.parametrize(
    "data, digit",
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890", "7"),
        ("D23145890734", "9"),
        ("", "0"),
        ("<<<<<<", "0"),
    ],
)
def test_check_digit_known_values(data, digit):
    assert check_digit(data) == digit


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", max_size=60))
def test_check_digit_agrees_with_independent_implementation(data):
    assert check_digit(data) == cd(data)


def test_check_digit_rejects_non_mrz_characters():
    with pytest.raises(ValueError):
        check_digit("ab")


# --------------------------------------------------------------------------- valid specimens


@pytest.mark.parametrize("name", sorted(SPECIMENS))
def test_specimens_are_valid(name):
    result = parse(SPECIMENS[name])
    assert result.valid, result.failed()
    assert result.failed() == []
    assert all(isinstance(c, CheckDigit) and c.ok for c in result.checks)


def test_constructed_specimens_match_published_strings():
    # The builder above reproduces the published Dutch and French specimens.
    assert DUTCH_PASSPORT == (
        "P<NLDDE<BRUIJN<<WILLEKE<LISELOTTE<<<<<<<<<<<\n"
        "SPECI20142NLD6503101F2403096999999990<<<<<84"
    )
    assert FRENCH_ID_CARD == (
        "IDFRAX4RTBPFW46<<<<<<<<<<<<<<<\n"
        "9007138F3002119FRA<<<<<<<<<<<6\n"
        "MARTIN<<MAELYS<GAELLE<MARIE<<<"
    )
    # And the ICAO ones.
    fields = dict(state="UTO", surname="ERIKSSON", given_names="ANNA<MARIA", nationality="UTO",
                  birth="740812", sex="F", expiry="120415")
    assert build_td3(number="L898902C3", personal="ZE184226B", **fields) == ICAO_TD3
    assert build_td1(number="D23145890", **fields) == ICAO_TD1
    assert build_td2(number="D23145890", **fields) == ICAO_TD2
    assert build_td1(
        state="UTO", surname="STEVENSON", given_names="PETER<JOHN", number="D23145890734",
        nationality="UTO", birth="340712", sex="M", expiry="950712",
    ) == ICAO_TD1_LONG_NUMBER


def test_td3_fields():
    r = parse(ICAO_TD3)
    assert r.format == "TD3"
    assert r.document_code == "P"
    assert r.issuing_state == "UTO"
    assert r.surname == "ERIKSSON"
    assert r.given_names == "ANNA MARIA"
    assert r.document_number == "L898902C3"
    assert r.nationality == "UTO"
    assert r.birth_date == date(1974, 8, 12)
    assert r.sex == "F"
    assert r.expiry_date == date(2012, 4, 15)
    assert r.optional_data == "ZE184226B"
    assert [c.field for c in r.checks] == [
        "document_number", "birth_date", "expiry_date", "personal_number", "composite",
    ]
    assert r.document_number_last4() == "02C3"
    assert not r.names_truncated


def test_td1_fields():
    r = parse(ICAO_TD1)
    assert r.format == "TD1"
    assert (r.document_code, r.issuing_state, r.nationality) == ("I", "UTO", "UTO")
    assert (r.surname, r.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert r.document_number == "D23145890"
    assert r.birth_date == date(1974, 8, 12)
    assert r.expiry_date == date(2012, 4, 15)
    assert r.optional_data == ""
    assert [c.field for c in r.checks] == ["document_number", "birth_date", "expiry_date", "composite"]


def test_td2_fields():
    r = parse(ICAO_TD2)
    assert r.format == "TD2"
    assert (r.surname, r.given_names, r.document_number) == ("ERIKSSON", "ANNA MARIA", "D23145890")
    assert [c.field for c in r.checks] == ["document_number", "birth_date", "expiry_date", "composite"]


def test_long_document_number_td1():
    r = parse(ICAO_TD1_LONG_NUMBER)
    assert r.document_number == "D23145890734"
    assert r.document_number_last4() == "0734"
    assert r.checks[0] == CheckDigit("document_number", "9", "9", True)
    assert r.optional_data == ""
    assert (r.surname, r.given_names, r.sex) == ("STEVENSON", "PETER JOHN", "M")
    assert r.birth_date == date(1934, 7, 12)


def test_long_document_number_td2():
    r = parse(LONG_NUMBER_TD2)
    assert r.document_number == "AB1234567890"
    assert r.valid
    assert r.sex == "X"


@pytest.mark.parametrize("mrz", [ICAO_TD1_LONG_NUMBER, LONG_NUMBER_TD2])
def test_long_document_number_overflow_is_checked(mrz):
    lines = mrz.split("\n")
    if len(lines) == 3:
        line, pos = 0, 16  # an overflow character of the number
    else:
        line, pos = 1, 29
    original = lines[line][pos]
    replacement = next(c for c in "0123456789" if (int(c) - _value(original)) % 10)
    lines[line] = lines[line][:pos] + replacement + lines[line][pos + 1 :]
    r = parse("\n".join(lines))
    assert {c.field for c in r.failed()} == {"document_number", "composite"}


def test_overflow_announced_without_check_digit_fails():
    # "<" in the check digit position but nothing in the optional data.
    lines = ICAO_TD1.split("\n")
    lines[0] = lines[0][:14] + "<" + lines[0][15:]
    r = parse("\n".join(lines))
    number_check = r.checks[0]
    assert number_check.field == "document_number"
    assert not number_check.ok
    assert number_check.found == "<"


def test_german_td2_names_and_state():
    r = parse(GERMAN_TD2)
    assert r.issuing_state == "D"
    assert r.nationality == "D"
    assert r.surname == "MUELLER LUEDENSCHEID"
    assert r.given_names == "JOERG"


def test_dutch_passport_personal_number():
    r = parse(DUTCH_PASSPORT)
    assert r.optional_data == "999999990"
    assert r.surname == "DE BRUIJN"
    assert r.document_number == "SPECI2014"
    personal = [c for c in r.checks if c.field == "personal_number"][0]
    assert personal.ok and personal.found == "8"


@pytest.mark.parametrize("filler_check", ["<", "0"])
def test_empty_personal_number_check_may_be_filler_or_zero(filler_check):
    text = build_td3(state="UTO", surname="X", given_names="Y", number="123456789",
                     nationality="UTO", birth="800101", sex="M", expiry="300101")
    lines = text.split("\n")
    body = lines[1][:42] + filler_check
    lines[1] = body + cd(body[0:10] + body[13:20] + body[21:43])
    r = parse("\n".join(lines))
    assert r.valid
    assert r.optional_data == ""


def test_empty_personal_number_with_other_check_fails():
    text = build_td3(state="UTO", surname="X", given_names="Y", number="123456789",
                     nationality="UTO", birth="800101", sex="M", expiry="300101")
    lines = text.split("\n")
    body = lines[1][:42] + "5"
    lines[1] = body + cd(body[0:10] + body[13:20] + body[21:43])
    r = parse("\n".join(lines))
    assert [c.field for c in r.failed()] == ["personal_number"]


def test_to_dict_is_json_ready():
    import json

    d = parse(ICAO_TD3).to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["birth_date"] == "1974-08-12"
    assert d["expiry_date"] == "2012-04-15"
    assert d["valid"] is True
    assert d["checks"][0] == {"field": "document_number", "expected": "6", "found": "6", "ok": True}


# --------------------------------------------------------------------------- input tolerance


def test_tolerates_lowercase_crlf_blank_lines_and_spaces_at_ends():
    messy = "\r\n  " + ICAO_TD3.lower().replace("\n", "  \r\n\t") + "  \r\n\r\n"
    assert parse(messy) == parse(ICAO_TD3)


def test_birth_century_never_in_future():
    text = build_td3(state="UTO", surname="A", given_names="B", number="1", nationality="UTO",
                     birth="250101", sex="M", expiry="300101")
    assert parse_mrz(text, today=date(2025, 6, 1)).birth_date == date(2025, 1, 1)
    assert parse_mrz(text, today=date(2024, 12, 31)).birth_date == date(1925, 1, 1)
    assert parse_mrz(text, today=date(2025, 1, 1)).birth_date == date(2025, 1, 1)


def test_expiry_is_20yy():
    text = build_td3(state="UTO", surname="A", given_names="B", number="1", nationality="UTO",
                     birth="800101", sex="M", expiry="991231")
    assert parse(text).expiry_date == date(2099, 12, 31)


def test_impossible_date_is_none_but_check_digit_still_checked():
    text = build_td3(state="UTO", surname="A", given_names="B", number="1", nationality="UTO",
                     birth="801332", sex="M", expiry="300230")
    r = parse(text)
    assert r.birth_date is None
    assert r.expiry_date is None
    assert r.valid


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    "text, words",
    [
        ("", ["empty"]),
        ("   \n \r\n", ["empty"]),
        (ICAO_TD3.split("\n")[0], ["1 line", "2 lines", "3 lines"]),
        (ICAO_TD1 + "\n" + "<" * 30, ["4 lines"]),
        (ICAO_TD3.replace("\n", ""), ["88 characters", "44"]),
        (ICAO_TD1.replace("\n", " "), ["separated by spaces", "own line"]),
        ("\n".join(ICAO_TD1.split("\n")[:2]), ["3 lines of 30", "missing"]),
    ],
)
def test_wrong_line_count(text, words):
    with pytest.raises(MrzFormatError) as info:
        parse(text)
    for word in words:
        assert word in str(info.value)


def test_wrong_length_message_names_line_and_format():
    text = ICAO_TD3[:-1]
    with pytest.raises(MrzFormatError, match=r"^line 2 has 43 characters; a TD3 passport line has 44$"):
        parse(text)


def test_wrong_length_td1():
    lines = ICAO_TD1.split("\n")
    lines[2] += "<"
    with pytest.raises(MrzFormatError, match="line 3 has 31 characters; a TD1 identity card line has 30"):
        parse("\n".join(lines))


def test_two_lines_of_no_known_length():
    with pytest.raises(MrzFormatError, match="36 .*44"):
        parse("<" * 40 + "\n" + "<" * 40)


def test_mixed_lengths():
    l1, l2 = ICAO_TD3.split("\n")
    with pytest.raises(MrzFormatError, match="line 2 has 36 characters; a TD3 passport line has 44"):
        parse(l1 + "\n" + l2[:36])


@pytest.mark.parametrize(
    "bad, words",
    [
        ("«", ["line 2", "position 10", "'«'", "A-Z, 0-9 and <"]),
        (" ", ["line 2", "space", "position 10"]),
        ("-", ["'-'"]),
        ("é", ["'É'"]),
    ],
)
def test_bad_characters(bad, words):
    l1, l2 = ICAO_TD3.split("\n")
    text = l1 + "\n" + l2[:9] + bad + l2[10:]
    with pytest.raises(MrzFormatError) as info:
        parse(text)
    for word in words:
        assert word in str(info.value)


def test_no_silent_fixing_of_letter_o_for_zero():
    # An O typed for a 0 in a date is not "fixed": the check digit fails.
    l1, l2 = ICAO_TD3.split("\n")
    r = parse(l1 + "\n" + l2.replace("7408122", "74O8122"))
    assert "birth_date" in {c.field for c in r.failed()}
    assert r.birth_date is None


def test_bad_sex_character():
    l1, l2 = ICAO_TD3.split("\n")
    with pytest.raises(MrzFormatError, match="sex"):
        parse(l1 + "\n" + l2[:20] + "Q" + l2[21:])


def test_visa_is_refused_plainly():
    l1, l2 = ICAO_TD3.split("\n")
    with pytest.raises(MrzFormatError, match="visa"):
        parse("V" + l1[1:] + "\n" + l2)


def test_format_error_is_value_error():
    assert issubclass(MrzFormatError, ValueError)


# --------------------------------------------------------------------------- corruption

# For each format: (line, start, end) of the data of each checked field, and its check digit.
LAYOUTS = {
    "TD3": {
        "document_number": ((1, 0, 9), (1, 9)),
        "birth_date": ((1, 13, 19), (1, 19)),
        "expiry_date": ((1, 21, 27), (1, 27)),
        "personal_number": ((1, 28, 42), (1, 42)),
        "composite": (None, (1, 43)),
    },
    "TD2": {
        "document_number": ((1, 0, 9), (1, 9)),
        "birth_date": ((1, 13, 19), (1, 19)),
        "expiry_date": ((1, 21, 27), (1, 27)),
        "composite": (None, (1, 35)),
    },
    "TD1": {
        "document_number": ((0, 5, 14), (0, 14)),
        "birth_date": ((1, 0, 6), (1, 6)),
        "expiry_date": ((1, 8, 14), (1, 14)),
        "composite": (None, (1, 29)),
    },
}
COMPOSITE_RANGES = {
    "TD3": [(1, 0, 10), (1, 13, 20), (1, 21, 43)],
    "TD2": [(1, 0, 10), (1, 13, 20), (1, 21, 35)],
    "TD1": [(0, 5, 30), (1, 0, 7), (1, 8, 15), (1, 18, 29)],
}
CORRUPTIBLE = {
    "icao-td3": ICAO_TD3,
    "icao-td1": ICAO_TD1,
    "icao-td2": ICAO_TD2,
    "nl-passport": DUTCH_PASSPORT,
    "fr-id-card": FRENCH_ID_CARD,
    "de-td2": GERMAN_TD2,
}
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def in_composite(fmt: str, line: int, pos: int) -> bool:
    return any(l == line and s <= pos < e for l, s, e in COMPOSITE_RANGES[fmt])


def replace_char(text: str, line: int, pos: int, ch: str) -> str:
    lines = text.split("\n")
    lines[line] = lines[line][:pos] + ch + lines[line][pos + 1 :]
    return "\n".join(lines)


def char_at(text: str, line: int, pos: int) -> str:
    return text.split("\n")[line][pos]


def detectable(old: str, new: str) -> bool:
    # Weights 7, 3 and 1 are prime to 10: a change is caught unless the values differ by a
    # multiple of 10 (e.g. "<" for "0", "A" for "0").
    return (_value(old) - _value(new)) % 10 != 0


@pytest.mark.parametrize("name", sorted(CORRUPTIBLE))
def test_every_check_digit_changed_fails_its_check(name):
    text = CORRUPTIBLE[name]
    fmt = parse(text).format
    for field, (_, (line, pos)) in LAYOUTS[fmt].items():
        old = char_at(text, line, pos)
        for new in "0123456789":
            if not detectable(old, new):
                continue
            failed = {c.field for c in parse(replace_char(text, line, pos, new)).failed()}
            expected = {field} | ({"composite"} if in_composite(fmt, line, pos) else set())
            assert failed == expected, (name, field, new)


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(CORRUPTIBLE)),
    data=st.data(),
)
def test_one_changed_character_in_a_checked_field_fails_that_check(name, data):
    text = CORRUPTIBLE[name]
    fmt = parse(text).format
    fields = [f for f, (rng, _) in LAYOUTS[fmt].items() if rng is not None]
    field = data.draw(st.sampled_from(fields))
    line, start, end = LAYOUTS[fmt][field][0]
    pos = data.draw(st.integers(start, end - 1))
    old = char_at(text, line, pos)
    new = data.draw(st.sampled_from(MRZ_ALPHABET))
    assume(detectable(old, new))
    if fmt == "TD3" and field == "personal_number":
        # Emptying the personal number changes its check rule; not a single-character typo.
        personal = text.split("\n")[1][28:42]
        assume(personal.replace(old, "<", 1) != "<" * 14 or new != "<")
    result = parse(replace_char(text, line, pos, new))
    failed = {c.field for c in result.failed()}
    assert failed == {field, "composite"}
    assert not result.valid


@pytest.mark.parametrize("name", sorted(CORRUPTIBLE))
def test_changes_outside_checked_fields_are_not_caught(name):
    # The name line and the nationality are not covered by any check digit: compare them by eye.
    text = CORRUPTIBLE[name]
    r = parse(text)
    name_line = 2 if r.format == "TD1" else 0
    changed = replace_char(text, name_line, 8, "Q" if char_at(text, name_line, 8) != "Q" else "R")
    assert parse(changed).valid


@settings(max_examples=100, deadline=None)
@given(
    fmt=st.sampled_from(["TD1", "TD2", "TD3"]),
    surname=st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=10),
    given_name=st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=8),
    number=st.text(alphabet=string.ascii_uppercase + string.digits, min_size=1, max_size=9),
    birth=st.dates(min_value=date(1926, 1, 1), max_value=TODAY),
    expiry=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    sex=st.sampled_from("MFX"),
)
def test_built_documents_round_trip(fmt, surname, given_name, number, birth, expiry, sex):
    builder = {"TD1": build_td1, "TD2": build_td2, "TD3": build_td3}[fmt]
    text = builder(
        state="UTO", surname=surname, given_names=given_name, number=number, nationality="UTO",
        birth=birth.strftime("%y%m%d"), sex=sex, expiry=expiry.strftime("%y%m%d"),
    )
    r = parse(text)
    assert r.valid
    assert r.format == fmt
    assert (r.surname, r.given_names) == (surname, given_name)
    assert r.document_number == number
    assert r.expiry_date == expiry
    assert r.sex == sex
    # 100-year ambiguity: the birth date is the latest one not in the future.
    assert r.birth_date == birth


# --------------------------------------------------------------------------- compare_with


def test_compare_agrees():
    r = parse(ICAO_TD3)
    assert compare_with(r, surname="Eriksson", given_names="Anna Maria", expiry=date(2012, 4, 15)) == []
    assert compare_with(r, surname=None, given_names=None, expiry=None) == []
    assert compare_with(r, surname="  ", given_names="", expiry=None) == []


def test_compare_reports_each_disagreement_plainly():
    r = parse(ICAO_TD3)
    messages = compare_with(r, surname="Eriksen", given_names="Anna", expiry=date(2012, 4, 16))
    assert messages == [
        "surname: the MRZ has ERIKSSON, you entered Eriksen",
        "given names: the MRZ has ANNA MARIA, you entered Anna",
        "expiry date: the MRZ has 2012-04-15, you entered 2012-04-16",
    ]


def _simple(surname_mrz: str, given_mrz: str, fmt="TD3") -> MrzResult:
    builder = {"TD1": build_td1, "TD2": build_td2, "TD3": build_td3}[fmt]
    return parse(builder(state="UTO", surname=surname_mrz, given_names=given_mrz, number="1",
                         nationality="UTO", birth="800101", sex="F", expiry="300101"))


@pytest.mark.parametrize(
    "mrz_surname, entered",
    [
        ("MUELLER", "Müller"),
        ("MULLER", "Müller"),
        ("OESTERGAARD", "Østergaard"),
        ("OSTERGARD", "Østergård"),
        ("AEROE", "Ærø"),
        ("STRASSE", "Straße"),
        ("IJSSELSTEIN", "Ĳsselstein"),
        ("IJSSELSTEIN", "IJsselstein"),
        ("WALESA", "Wałęsa"),
        ("GARCIA<MARQUEZ", "García Márquez"),
        ("GARCIA<MARQUEZ", "García-Márquez"),
        ("ONEILL", "O'Neill"),
        ("ONEILL", "O’Neill"),
        ("DE<LA<CRUZ", "de la  Cruz"),
        ("DELACRUZ", "de la Cruz"),
        ("NUNEZ", "Núñez"),
        ("DVORAK", "Dvořák"),
        ("THORSDOTTIR", "Þórsdóttir"),
        ("SCHOENBERG", "schönberg"),
        ("HAAKONSEN", "Håkonsen"),
    ],
)
def test_compare_transliterates_names(mrz_surname, entered):
    r = _simple(mrz_surname, "ANNA")
    assert compare_with(r, surname=entered, given_names=None, expiry=None) == []


@pytest.mark.parametrize(
    "mrz_surname, entered",
    [
        ("MUELLER", "Miller"),
        ("MULLER", "Möller"),
        ("DE<BRUIJN", "de Bruin"),
        ("OESTERGAARD", "Ostergaarde"),
    ],
)
def test_compare_catches_different_names(mrz_surname, entered):
    r = _simple(mrz_surname, "ANNA")
    messages = compare_with(r, surname=entered, given_names=None, expiry=None)
    assert len(messages) == 1
    assert messages[0].startswith("surname: the MRZ has")
    assert entered in messages[0]


def test_compare_allows_truncated_names():
    # TD1 name line of 30 characters, filled to the last position: names cut short.
    r = _simple("DE<VRIES<SCHMIDT", "JOHANNA<WILHELMINA<MARIA", fmt="TD1")
    assert r.names_truncated
    assert (r.surname, r.given_names) == ("DE VRIES SCHMIDT", "JOHANNA WILH")
    assert compare_with(r, surname="de Vries-Schmidt", given_names="Johanna Wilhelmina Maria",
                        expiry=None) == []
    messages = compare_with(r, surname=None, given_names="Joanna Wilhelmina", expiry=None)
    assert messages == [
        "given names: the MRZ has JOHANNA WILH, you entered Joanna Wilhelmina "
        "(the MRZ name may be cut short)"
    ]


def test_compare_allows_truncated_surname():
    r = _simple("WOLFESCHLEGELSTEINHAUSENBERGERDORFF", "HUBERT", fmt="TD1")
    assert r.names_truncated
    assert r.surname == "WOLFESCHLEGELSTEINHAUSENBERGER"
    assert r.given_names == ""
    assert compare_with(r, surname="Wolfeschlegelsteinhausenbergerdorff", given_names="Hubert",
                        expiry=None) == []


def test_compare_allows_initials_when_truncated():
    r = parse(build_td1(state="UTO", surname="VANDERMEULENSCHMIDT", given_names="JOHANNA<W<M",
                        number="1", nationality="UTO", birth="800101", sex="F", expiry="300101"))
    assert r.names_truncated
    assert compare_with(r, surname="Vandermeulenschmidt", given_names="Johanna Wilhelmina Maria",
                        expiry=None) == []
    assert compare_with(r, surname=None, given_names="Johanna Maria Wilhelmina", expiry=None)


def test_compare_no_truncation_allowed_when_field_not_full():
    r = _simple("ERIKSSON", "ANNA")
    assert not r.names_truncated
    assert compare_with(r, surname="Erikssonne", given_names=None, expiry=None)


def test_compare_untranslatable_character():
    r = _simple("IVANOV", "IVAN")
    messages = compare_with(r, surname="Иванов", given_names=None, expiry=None)
    assert len(messages) == 1
    assert "no MRZ spelling" in messages[0] and "IVANOV" in messages[0]


def test_compare_unreadable_expiry():
    r = parse(build_td3(state="UTO", surname="A", given_names="B", number="1", nationality="UTO",
                        birth="800101", sex="M", expiry="301340"))
    assert compare_with(r, surname=None, given_names=None, expiry=date(2030, 1, 1)) == [
        "expiry date: the MRZ date of expiry cannot be read, you entered 2030-01-01"
    ]


def test_to_mrz_name():
    assert to_mrz_name("Jörg-Øster O'Neill") == "JOERG<OESTER<ONEILL"
    assert to_mrz_name("  anna   maria ") == "ANNA<MARIA"
    assert to_mrz_name("Straße") == "STRASSE"
