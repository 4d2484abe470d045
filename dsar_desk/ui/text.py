"""User-visible words of the interface that several widgets share, and locale formatting."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from dsar_desk.store.case_list import COLUMNS

_HEADERS = dict(COLUMNS)


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("dsar_desk", text, None, n)


def column_header(key: str) -> str:
    return tr(_HEADERS[key])


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


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
