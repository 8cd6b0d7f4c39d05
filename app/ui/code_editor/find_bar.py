"""The find and replace bar above the text: what to find, how (case, whole words, regular
expression), the match count ("3 of 12"), and the replacement.

Keys: Enter / Shift+Enter go to the next / previous match, Enter in the replacement
replaces the current match, Ctrl+Alt+Enter replaces all, Esc closes the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from app.ui.code_editor.search import Query


def _tool_button(text: str, tip: str, *, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setCheckable(checkable)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class FindBar(QWidget):
    query_changed = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    replace_requested = Signal()
    replace_all_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("code_editor_find_bar")
        self.setAutoFillBackground(True)
        self._problem = False
        self._problem_color = QColor("#cf222e")
        self.find_field = QLineEdit()
        self.find_field.setObjectName("find_text")
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replace_text")
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.count_label = QLabel()
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00,000 of 00,000"))
        self.case_button = _tool_button(self.tr("Aa"), self.tr("Match case"), checkable=True)
        self.word_button = _tool_button(self.tr("Word"), self.tr("Whole words only"), checkable=True)
        self.regex_button = _tool_button(".*", self.tr("Regular expression"), checkable=True)
        self.previous_button = _tool_button("↑", self.tr("Previous match (Shift+Enter)"))
        self.next_button = _tool_button("↓", self.tr("Next match (Enter)"))
        self.close_button = _tool_button("✕", self.tr("Close (Esc)"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.replace_all_button.setToolTip(self.tr("Replace every match (Ctrl+Alt+Enter)"))

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.find_field, 0, 0)
        options = QHBoxLayout()
        options.setSpacing(2)
        for widget in (
            self.count_label,
            self.case_button,
            self.word_button,
            self.regex_button,
            self.previous_button,
            self.next_button,
            self.close_button,
        ):
            options.addWidget(widget)
        grid.addLayout(options, 0, 1)
        grid.addWidget(self.replace_field, 1, 0)
        replace_row = QHBoxLayout()
        replace_row.setSpacing(4)
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        grid.addLayout(replace_row, 1, 1)
        grid.setColumnStretch(0, 1)
        self._replace_widgets: tuple[QWidget, ...] = (
            self.replace_field,
            self.replace_button,
            self.replace_all_button,
        )

        self.find_field.textChanged.connect(self.query_changed)
        for button in (self.case_button, self.word_button, self.regex_button):
            button.toggled.connect(self.query_changed)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_bar)
        self.replace_button.clicked.connect(self.replace_requested)
        self.replace_all_button.clicked.connect(self.replace_all_requested)
        self.find_field.installEventFilter(self)
        self.replace_field.installEventFilter(self)
        self.set_replacing(False)

    # -- state ------------------------------------------------------------------------------

    def query(self) -> Query:
        return Query(
            self.find_field.text(),
            case_sensitive=self.case_button.isChecked(),
            whole_words=self.word_button.isChecked(),
            regex=self.regex_button.isChecked(),
        )

    def replacement(self) -> str:
        return self.replace_field.text()

    @property
    def replacing(self) -> bool:
        return not self.replace_field.isHidden()

    def set_replacing(self, replacing: bool) -> None:
        for widget in self._replace_widgets:
            widget.setVisible(replacing)

    def open(self, *, replacing: bool, text: str | None) -> None:
        """Show the bar (the replace row too when ``replacing``), focused on the find field
        with ``text`` (the editor's selection) in it, all selected for typing over."""
        self.set_replacing(replacing)
        if text is not None:
            self.find_field.setText(text)
        self.show()
        field = self.replace_field if replacing and text is not None and text else self.find_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_count(self, current: int, total: int, capped: bool) -> None:
        """``current`` is 1-based, 0 when the cursor is not on a match."""
        self._set_problem(False)
        if not self.find_field.text():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No results"))
            self._set_problem(True)
        else:
            locale = self.locale()
            shown = locale.toString(total) + ("+" if capped else "")
            if current:
                self.count_label.setText(self.tr("{0} of {1}").format(locale.toString(current), shown))
            elif capped:
                self.count_label.setText(self.tr("More than {0} matches").format(locale.toString(total)))
            else:
                text = self.tr("%n match(es)", "", total)  # English has no catalogue: settle the plural
                self.count_label.setText(text.replace("(es)", "es" if total != 1 else ""))
        self.count_label.setToolTip("")

    def show_replaced(self, count: int) -> None:
        self._set_problem(False)
        self.count_label.setText(self.tr("%n replaced", "", count))

    def show_error(self, message: str) -> None:
        self.count_label.setText(self.tr("Invalid pattern"))
        self.count_label.setToolTip(message)
        self._set_problem(True)

    def set_problem_color(self, color: QColor) -> None:
        self._problem_color = color
        self._set_problem(self._problem)

    def _set_problem(self, problem: bool) -> None:
        self._problem = problem
        self.count_label.setStyleSheet(f"color: {self._problem_color.name()};" if problem else "")

    # -- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            modifiers = event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                if modifiers & ctrl_alt == ctrl_alt:
                    self.replace_all_requested.emit()
                elif watched is self.replace_field:
                    self.replace_requested.emit()
                elif modifiers & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
