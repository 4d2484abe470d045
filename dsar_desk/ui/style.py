"""Styles shared by several windows."""

BANNER_STYLE = "background-color: #fde2c8; color: #5c2b00; padding: 6px; border-radius: 3px;"
