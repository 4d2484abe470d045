"""Windows that fit the screen they open on, at the size the clerk last gave them.

Every window of the desk is sized here: :func:`fit` gives it the size it had when last closed
(remembered per window in the settings file, key ``window_sizes``), or its preferred size, never
more than the screen's available geometry (the taskbar and the window's own frame left out), and
centres it; :func:`remember` keeps the size when the window closes. What does not fit on a small
screen (1366×768, the common office laptop) scrolls: the windows put their tall parts in scroll
areas and splitters, so that no button and no field is ever off-screen.

The main window opens maximised, or at the size last used (:func:`show_main_window`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from dsar_desk.settings import Settings

# What the window manager adds around a window (title bar, borders), unknown before it is shown.
FRAME = QSize(16, 40)
SETTING = "window_sizes"
MAXIMISED = "maximised"


def available(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (the taskbar and panels left out)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def largest(widget: QWidget | None = None) -> QSize:
    """The largest client size a window can have on its screen, with its frame."""
    area = available(widget)
    return QSize(max(200, area.width() - FRAME.width()), max(200, area.height() - FRAME.height()))


def _sizes() -> dict:
    value = Settings().get(SETTING)
    return value if isinstance(value, dict) else {}


def saved_size(key: str) -> QSize | str | None:
    value = _sizes().get(key)
    if value == MAXIMISED:
        return MAXIMISED
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) and v > 0 for v in value):
        return QSize(value[0], value[1])
    return None


def fit(widget: QWidget, key: str, preferred: tuple[int, int], *, remember_size: bool = True) -> QSize:
    """Size ``widget`` (a top-level window) to what it had last, else ``preferred``, within the
    screen, and centre it there; returns the size given."""
    limit = largest(widget)
    saved = saved_size(key)
    size = saved if isinstance(saved, QSize) else QSize(*preferred)
    minimum = widget.minimumSize()
    width = max(min(size.width(), limit.width()), min(minimum.width(), limit.width()))
    height = max(min(size.height(), limit.height()), min(minimum.height(), limit.height()))
    widget.resize(width, height)
    area = available(widget)
    x = area.x() + max(0, (area.width() - width - FRAME.width()) // 2)
    y = area.y() + max(0, (area.height() - height - FRAME.height()) // 2)
    widget.move(QPoint(x, y))
    if remember_size:
        remember(widget, key)
    return QSize(width, height)


class _Keeper(QObject):
    """Writes the window's size to the settings when it closes (or hides)."""

    def __init__(self, widget: QWidget, key: str):
        super().__init__(widget)
        self.key = key

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and watched.isWindow():
            store_size(watched, self.key)
        return False


def remember(widget: QWidget, key: str) -> None:
    if widget.property("geometry_key") == key:
        return
    widget.setProperty("geometry_key", key)
    widget.installEventFilter(_Keeper(widget, key))


def store_size(widget: QWidget, key: str) -> None:
    """Keep the window's size (or that it is maximised) for the next time it opens."""
    if widget.isMaximized():
        value: object = MAXIMISED
    else:
        value = [widget.width(), widget.height()]
    settings = Settings()
    sizes = dict(_sizes())
    if sizes.get(key) == value:
        return
    sizes[key] = value
    try:
        settings.set(SETTING, sizes)
    except OSError:  # pragma: no cover - a read-only config folder: the size is simply not kept
        pass


def show_main_window(window: QWidget, key: str = "main-window") -> None:
    """The main window opens maximised, or at the size it had when last closed."""
    remember(window, key)
    saved = saved_size(key)
    if isinstance(saved, QSize):
        fit(window, key, (saved.width(), saved.height()))
        window.show()
    else:
        area = available(window)  # the whole screen, also where no window manager maximises it
        window.setGeometry(area)
        window.showMaximized()


def scrolling(content: QWidget, *, object_name: str = "") -> QScrollArea:
    """``content`` in a scroll area without a frame: it scrolls where the screen is too small."""
    area = QScrollArea()
    if object_name:
        area.setObjectName(object_name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
