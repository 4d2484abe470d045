"""Where things go on the first page of an A4 letter, for each kind of window envelope.

All measures in millimetres from the TOP-LEFT corner of the page (as the standards give them);
the renderer converts them to PDF points from the bottom-left.

DIN 5008, form B ("din5008", the default; DL or C5/6 envelope with a left window):
  address field 20 mm from the left edge, 45 mm from the top, 85 × 45 mm. Its top 17.7 mm are the
  "Zusatz- und Vermerkzone" (the return address goes at its foot), the next 27.3 mm hold up to
  six address lines. Text starts 25 mm from the left edge. Information block (references, date)
  125 mm from the left, 50 mm from the top. Fold marks at 105 mm and 210 mm, hole mark at
  148.5 mm.

French right-hand window ("fr-right"; "enveloppe DL 110 × 220 à fenêtre 45 × 100 à droite"):
  the window of a standard DL envelope is 45 × 100 mm, 20 mm from the right edge and 15 mm from
  the bottom of the envelope. With the A4 sheet folded in three (99 mm panels, fold marks at
  99 mm and 198 mm), this is 100 mm from the left and 50 mm from the top of the letter. The
  address itself is kept inside the frame French mailing guides recommend for window envelopes
  — 85 × 33 mm, 110 mm from the left and 55 mm from the top — which stays visible whichever way
  the folded sheet slides inside the envelope (a few millimetres of play each way).

Custom ("custom"): the clerk gives the window as (x, y, width, height); the address starts
5 mm inside it, the references go on the other half of the page.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_W = 210.0
PAGE_H = 297.0
MARGIN_LEFT = 25.0
MARGIN_RIGHT = 20.0
MARGIN_BOTTOM = 22.0  # body text ends here; the page footer sits below
LATER_TOP = 24.0  # body text of page 2 and further starts here, under the repeated header
FOOTER_BASELINE = 287.0
HEADER_BASELINE = 14.0
HOLE_MARK = 148.5


@dataclass(frozen=True)
class FirstPage:
    """The first page: window, address area, information block, fold marks, body start."""

    window: tuple[float, float, float, float]  # x, y, width, height
    address_x: float
    address_width: float
    return_baseline: float  # baseline of the return-address line
    address_top: float  # top of the address lines
    address_bottom: float  # the address lines end above this
    info_x: float
    info_y: float
    info_width: float
    info_align: str  # "left" | "right"
    folds: tuple[float, ...]
    body_top: float


def din5008() -> FirstPage:
    return FirstPage(
        window=(20.0, 45.0, 85.0, 45.0),
        address_x=25.0,
        address_width=75.0,
        return_baseline=59.5,
        address_top=62.7,
        address_bottom=89.0,
        info_x=125.0,
        info_y=50.0,
        info_width=PAGE_W - MARGIN_RIGHT - 125.0,
        info_align="left",
        folds=(105.0, 210.0),
        body_top=98.5,
    )


def fr_right() -> FirstPage:
    return FirstPage(
        window=(100.0, 50.0, 100.0, 45.0),
        address_x=110.0,
        address_width=85.0,
        return_baseline=57.0,
        address_top=59.0,
        address_bottom=88.0,
        info_x=MARGIN_LEFT,
        info_y=50.0,
        info_width=70.0,
        info_align="left",
        folds=(99.0, 198.0),
        body_top=101.0,
    )


def custom(window_mm: tuple[float, float, float, float]) -> FirstPage:
    x, y, w, h = (float(v) for v in window_mm)
    if w < 40 or h < 20 or x < 0 or y < 0 or x + w > PAGE_W or y + h > PAGE_H / 2:
        raise ValueError(
            "The custom window must be at least 40 × 20 mm, on the page, and in the upper half of it "
            f"(got x={x:g}, y={y:g}, {w:g} × {h:g} mm)."
        )
    inset = 5.0
    if x + w / 2 <= PAGE_W / 2:  # window on the left: references on the right
        info_x = max(x + w + 10.0, 120.0)
        info_width = max(PAGE_W - MARGIN_RIGHT - info_x, 40.0)
    else:
        info_x = MARGIN_LEFT
        info_width = max(x - 5.0 - info_x, 40.0)
    return FirstPage(
        window=(x, y, w, h),
        address_x=x + inset,
        address_width=w - 2 * inset,
        return_baseline=y + min(7.0, h * 0.2),
        address_top=y + min(9.5, h * 0.25),
        address_bottom=y + h - 1.5,
        info_x=info_x,
        info_y=y + 5.0,
        info_width=info_width,
        info_align="left",
        folds=(105.0, 210.0),
        body_top=min(max(y + h + 8.0, 98.5), 140.0),
    )


def first_page(window: str, window_mm: tuple[float, float, float, float] | None = None) -> FirstPage:
    if window == "din5008":
        return din5008()
    if window == "fr-right":
        return fr_right()
    if window == "custom":
        if window_mm is None:
            raise ValueError("A custom window needs its position and size (window_mm).")
        return custom(window_mm)
    raise ValueError(f"Unknown window “{window}” (known: din5008, fr-right, custom).")
