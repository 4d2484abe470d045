"""User-visible words of the interface that several widgets share, and locale formatting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from dsar_desk.store.case_list import COLUMNS

_HEADERS = dict(COLUMNS)


def tr(text: str, n: int = -1) -> str:
    translated = QCoreApplication.translate("dsar_desk", text, None, n)
    if n >= 1000:  # Qt puts %n in without the locale's digit grouping: 11080 -> 11,080 / 11.080 / 11 080
        translated = translated.replace(str(n), format_number(n), 1)
    return translated


def labelled(label: str, text: str) -> str:
    """"Label: text", with the language's own spacing (French puts a space before the colon)."""
    return tr("{0}: {1}").format(label, text)


def column_header(key: str) -> str:
    return tr(_HEADERS[key])


def format_number(value: int) -> str:
    """A count with the locale's digit grouping: 12,345 (en), 12.345 (nl), 12 345 (fr)."""
    return QLocale().toString(int(value))


def format_size(size: int) -> str:
    """A file size in the locale's words and digits: 1.2 MB, 1,2 MB, 1,2 Mo."""
    return QLocale().formattedDataSize(int(size), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def short_date_pattern() -> str:
    """The locale's short date format, always with a 4-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:  # fr_BE writes 3/02/26: a register wants the full year
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), short_date_pattern())


def format_long_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)


def format_utc(value: datetime) -> str:
    """An event time (stored in UTC) in the clerk's local time and locale."""
    moment = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def days_left_text(days: int) -> str:
    if days < 0:
        return tr("overdue by %n day(s)", -days)
    if days == 0:
        return tr("due today")
    return tr("%n day(s) left", days)
