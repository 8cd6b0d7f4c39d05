"""The query builder: what to group by, which figures, which filters, and what is wrong
with the question before it is asked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.report_fields import GROUPING_GROUPS, METRIC_GROUPS
from app.domain.report_query import GROUPING_NOTE, Problem, ReportQuery, Severity
from app.services.report_service import PickItem
from app.ui.reports.field_picker import FieldPicker
from app.ui.reports.filters_panel import FiltersPanel
from app.ui.reports.formatting import field_title, tr
from app.ui.theme import is_dark

_COLOURS = {  # (light, dark) text colour of a problem
    Severity.ERROR: ("#b3261e", "#ff8a80"),
    Severity.WARNING: ("#8a5300", "#ffcc80"),
    Severity.NOTE: ("", ""),
}


def problem_text(problem: Problem) -> str:
    """A domain problem in the UI language."""
    return QCoreApplication.translate("ReportProblems", problem.text).format(*problem.args)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class QueryBuilder(QWidget):
    changed = Signal()

    def __init__(self, today: date, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.groupings = FieldPicker(GROUPING_GROUPS)
        self.groupings.setObjectName("groupingFields")
        self.grouping_note = QLabel()
        self.grouping_note.setWordWrap(True)
        self.metrics = FieldPicker(METRIC_GROUPS, collapsed=("quarantine", "smtp", "errors"))
        self.metrics.setObjectName("metricFields")
        self.other_field = QLineEdit()
        self.other_field.setObjectName("otherField")
        self.other_field.setPlaceholderText(tr("Other field, as your provider names it"))
        self.other_field.setToolTip(
            tr(
                "Any field name the server knows, for example one the reference spells wrong. "
                "It is sent as typed."
            )
        )
        self.add_field = QPushButton(tr("Add"))
        self.filters = FiltersPanel(today, locale)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        other = QHBoxLayout()
        other.addWidget(self.other_field, 1)
        other.addWidget(self.add_field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(_heading(tr("Group by")))
        layout.addWidget(self.groupings, 3)
        layout.addWidget(self.grouping_note)
        layout.addWidget(_heading(tr("Figures")))
        layout.addWidget(self.metrics, 4)
        layout.addLayout(other)
        layout.addWidget(_heading(tr("Filters")))
        layout.addWidget(self.filters)
        layout.addWidget(self.problems)
        for picker in (self.groupings, self.metrics):
            picker.setMinimumHeight(picker.fontMetrics().height() * 9)
            picker.changed.connect(self._on_changed)
        self.filters.changed.connect(self._on_changed)
        self.add_field.clicked.connect(self._add_other)
        self.other_field.returnPressed.connect(self._add_other)
        self._on_changed()

    def query(self) -> ReportQuery:
        return ReportQuery(self.groupings.checked(), self.metrics.checked(), self.filters.filters())

    def set_query(self, query: ReportQuery) -> None:
        self.blockSignals(True)
        try:
            self.groupings.set_checked(query.groupings)
            self.metrics.set_checked(query.metrics)
            self.filters.set_filters(query.filters)
        finally:
            self.blockSignals(False)
        self._on_changed()

    def set_items(self, emails: list[PickItem], campaigns: list[PickItem]) -> None:
        self.filters.set_items(emails, campaigns)

    def set_today(self, today: date) -> None:
        self._today = today
        self.filters.set_today(today)
        self._show_problems()

    def current_problems(self) -> list[Problem]:
        return self.query().problems(self._today)

    def can_run(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.current_problems())

    def _add_other(self) -> None:
        if self.metrics.add_other(self.other_field.text()):
            self.other_field.clear()

    def _on_changed(self) -> None:
        chosen = self.groupings.checked()
        if chosen:
            order = " → ".join(field_title(name) for name in chosen)
            self.grouping_note.setText(
                tr("Grouped by {0}. {1}").format(
                    order, QCoreApplication.translate("ReportProblems", GROUPING_NOTE)
                )
            )
        else:
            self.grouping_note.setText(tr("Nothing to group by: the report shows the totals only."))
        self._show_problems()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_problems()  # their colours follow light and dark

    def _show_problems(self) -> None:
        dark = is_dark(self.palette())
        lines = []
        for problem in self.current_problems():
            colour = _COLOURS[problem.severity][1 if dark else 0]
            text = problem_text(problem).replace("&", "&amp;").replace("<", "&lt;")
            lines.append(f'<p style="color:{colour}">{text}</p>' if colour else f"<p>{text}</p>")
        self.problems.setText("".join(lines))
        self.problems.setVisible(bool(lines))
