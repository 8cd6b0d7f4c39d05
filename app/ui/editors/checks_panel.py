"""The pre-send checks of an email, Litmus-style: what to fix and what to look at, for the
language being edited or all of them; a click goes to the field and line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.field_labels import split_localized
from app.domain.languages import Language
from app.ui.domain_text import finding_text, label_text
from app.ui.theme import is_dark

_FIELD = int(Qt.ItemDataRole.UserRole) + 1
_LINE = int(Qt.ItemDataRole.UserRole) + 2
_SYMBOL: Final = {"error": "✖", "warning": "⚠", "info": "ℹ"}
_COLOURS: Final = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a4b00", "#ffc46b"),
    "info": ("#3b5b8a", "#9cc2ff"),
}
_ORDER: Final = {"error": 0, "warning": 1, "info": 2}


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecksPanel", text)


def language_of(field: str) -> Language | None:
    split = split_localized(field)
    return split[1] if split is not None else None


class ChecksPanel(QWidget):
    go_to = Signal(str, int)  # wire field, 1-based line (0: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.title = QLabel()
        self.title.setObjectName("checksTitle")
        self.scope = QComboBox()
        self.scope.setObjectName("checksScope")
        self.scope.addItem(_t("This language"), "current")
        self.scope.addItem(_t("All languages"), "all")
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(["", _t("Where"), _t("What")])
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self._findings: list[Any] = []
        self._language: Language | None = None
        self._checked = False
        self.scope.currentIndexChanged.connect(lambda _index: self._show())
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemClicked.connect(self._chosen)
        self._show()

    def set_findings(self, findings: Sequence[Any]) -> None:
        """``findings``: the authoring checks' findings (code, severity, field, line, message)."""
        self._findings = sorted(
            findings, key=lambda f: (_ORDER.get(str(f.severity), 3), f.field, f.line or 0)
        )
        self._checked = True
        self._show()

    def set_language(self, language: Language | None) -> None:
        if language != self._language:
            self._language = language
            self._show()

    def shown(self) -> list[Any]:
        if self.scope.currentData() == "all":
            return list(self._findings)
        return [f for f in self._findings if language_of(f.field) == self._language]

    def _show(self) -> None:
        shown = self.shown()
        self.tree.clear()
        dark = is_dark(self.palette())
        for finding in shown:
            severity = str(finding.severity)
            where = label_text(finding.field)
            if finding.line:
                where = _t("{0}, line {1}").format(where, finding.line)
            item = QTreeWidgetItem([_SYMBOL.get(severity, ""), where, _message(finding)])
            light, dark_colour = _COLOURS.get(severity, ("#000000", "#ffffff"))
            item.setForeground(0, QBrush(QColor(dark_colour if dark else light)))
            item.setToolTip(2, _message(finding))
            item.setData(0, _FIELD, finding.field)
            item.setData(0, _LINE, finding.line or 0)
            self.tree.addTopLevelItem(item)
        errors = sum(1 for f in shown if str(f.severity) == "error")
        warnings = sum(1 for f in shown if str(f.severity) == "warning")
        if not self._checked:
            self.title.setText(_t("Checks: not run yet"))
        elif not shown:
            self.title.setText(_t("Checks: nothing to fix"))
        else:
            self.title.setText(
                _t("Checks: {0}, {1}").format(
                    QCoreApplication.translate("ChecksPanel", "%n to fix", "", errors),
                    QCoreApplication.translate("ChecksPanel", "%n to look at", "", warnings),
                )
            )

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.go_to.emit(str(item.data(0, _FIELD)), int(item.data(0, _LINE) or 0))


def _message(finding: Any) -> str:
    return finding_text(finding)
