"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand Qt calls that return None
(PITFALLS). pyproject excludes that release on 3.11; this proves the installed pair survives."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_twenty_thousand_qt_calls_do_not_abort(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(str(i))  # returns None: the call that used to drop a reference to None
    assert label.text() == "19999"


def test_installed_pyside_is_not_the_broken_release_on_311():
    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0"
