"""MRZ specimens with correct check digits, built for the identity tests (ICAO 9303 layouts)."""

from __future__ import annotations

from dsar_desk.domain.mrz import check_digit


def _pad(text: str, width: int) -> str:
    return text + "<" * (width - len(text))


def td1(*, number="SPEC12345", state="BEL", surname="PEETERS", given="BRAM", birth="850315",
        expiry="310501", sex="M") -> str:
    """A TD1 identity card MRZ (3 lines of 30) with every check digit right."""
    num = _pad(number, 9)
    line1 = "ID" + state + num + check_digit(num) + _pad("", 15)
    body2 = birth + check_digit(birth) + sex + expiry + check_digit(expiry) + state + _pad("", 11)
    composite = check_digit(line1[5:30] + body2[0:7] + body2[8:15] + body2[18:29])
    line3 = _pad(f"{surname}<<{given.replace(' ', '<')}", 30)[:30]
    return "\n".join((line1, body2 + composite, line3))


def td3(*, number="XK4411932", state="NLD", surname="DE VRIES", given="SANNE", birth="900101",
        expiry="330707", sex="F") -> str:
    """A TD3 passport MRZ (2 lines of 44) with every check digit right."""
    line1 = _pad("P<" + state + f"{surname.replace(' ', '<')}<<{given.replace(' ', '<')}", 44)[:44]
    num = _pad(number, 9)
    personal = _pad("", 14)
    body = num + check_digit(num) + state + birth + check_digit(birth) + sex + expiry + check_digit(expiry) + personal + "<"
    composite = check_digit(body[0:10] + body[13:20] + body[21:43])
    return line1 + "\n" + body + composite


def corrupt(mrz: str, line: int, position: int) -> str:
    """Change the digit at (1-based) line/position to another digit."""
    lines = mrz.split("\n")
    text = lines[line - 1]
    ch = text[position - 1]
    new = str((int(ch) + 1) % 10) if ch.isdigit() else "7"
    lines[line - 1] = text[: position - 1] + new + text[position:]
    return "\n".join(lines)
