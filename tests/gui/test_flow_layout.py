"""A wrapping row of controls: one line when there is room, more lines when narrow, never
wider than it is given, the trailing controls at the right end."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from app.ui.flow_layout import wrapping_row


def make(qtbot, width: int):
    window = QWidget()
    qtbot.addWidget(window)
    row, flow = wrapping_row()
    buttons = [QPushButton(f"Action number {i}") for i in range(4)]
    for button in buttons:
        flow.addWidget(button)
    check = QCheckBox("Inline CSS when publishing")
    flow.add_trailing(check)
    column = QVBoxLayout(window)
    column.addWidget(row)
    column.addStretch(1)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, row, buttons, check


def test_a_wide_row_is_one_line_with_the_trailing_control_at_the_right(qtbot):
    _window, row, buttons, check = make(qtbot, 1400)
    tops = {b.geometry().top() for b in buttons} | {check.geometry().top()}
    assert len({round(t / 10) for t in tops}) == 1
    assert check.geometry().right() >= row.width() - 2
    assert buttons[0].geometry().left() == 0


def test_a_narrow_row_wraps_instead_of_widening_the_window(qtbot):
    window, row, buttons, check = make(qtbot, 1400)
    one_line = row.height()
    narrow = buttons[0].sizeHint().width() * 2 + 40
    window.resize(narrow, 300)
    qtbot.waitUntil(lambda: window.width() == narrow)
    qtbot.waitUntil(lambda: row.height() > one_line)
    for widget in [*buttons, check]:
        assert widget.geometry().right() <= row.width()  # nothing cut off at the right
        assert widget.geometry().bottom() <= row.height()
    assert window.minimumSizeHint().width() < narrow + 40
    window.resize(1400, 300)
    qtbot.waitUntil(lambda: row.height() == one_line)
