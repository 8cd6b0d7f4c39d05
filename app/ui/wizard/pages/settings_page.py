"""Tags, priority and every ``config`` flag of the reference, each explained; the two intervals
as a number with a unit (kept in seconds); the webhook address checked as an http(s)
template (placeholders like ``{id}`` allowed), its two options usable only with an address."""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QWidget

from app.domain.campaign_config import FLAG_HELP
from app.domain.campaign_review import hook_url_problem
from app.ui.editors.base import field_message
from app.ui.wizard.context import WizardContext
from app.ui.wizard.pages.base import CampaignPage, form, help_label

# The units an interval is typed in, largest first; the value is kept in seconds.
UNITS: Final = (86_400, 3_600, 60, 1)
GROUPS: Final = (
    (QT_TRANSLATE_NOOP("CampaignConfig", "Who is left out"),
     ("not_check_subscription", "not_check_sent_quarantine", "not_check_spam_quarantine", "send_to_corp",
      "send_by_uid")),
    (QT_TRANSLATE_NOOP("CampaignConfig", "Retries and pacing"),
     ("retry_sent_quarantine_rejected", "retry_sent_quarantine_rejected_interval", "min_send_interval")),
    (QT_TRANSLATE_NOOP("CampaignConfig", "Webhook"), ("hook_url_template", "hook_use_auth", "hook_pre_post")),
)  # fmt: skip
_HOOK_OPTIONS: Final = ("hook_use_auth", "hook_pre_post")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignConfig", text)


class DurationInput(QWidget):
    """A whole number of seconds, typed as a number and a unit; empty is "not set"."""

    changed = Signal(object)  # int | None, in seconds

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        self.number = QLineEdit()
        self.number.setObjectName(f"number_{name}")
        self.number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self.number))
        # Room for the largest number it takes, never squeezed by the reading beside it.
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("0" * 10) + 12)
        self.number.setMaximumWidth(120)
        self.number.setPlaceholderText(self.tr("not set"))
        self.unit = QComboBox()
        self.unit.setObjectName(f"unit_{name}")
        names = {
            86_400: self.tr("days"), 3_600: self.tr("hours"), 60: self.tr("minutes"), 1: self.tr("seconds")
        }  # fmt: skip
        for seconds in UNITS:
            self.unit.addItem(names[seconds], seconds)
        self.unit.setCurrentIndex(len(UNITS) - 1)
        self.reading = help_label()
        line.addWidget(self.number)
        line.addWidget(self.unit)
        line.addWidget(self.reading, 1)
        self._loading = False
        self.number.textChanged.connect(self._edited)
        self.unit.currentIndexChanged.connect(self._edited)

    def seconds(self) -> int | None:
        text = self.number.text().strip()
        return int(text) * int(self.unit.currentData()) if text else None

    def set_seconds(self, value: int | None) -> None:
        self._loading = True
        try:
            if value is None:
                self.number.setText("")
            else:
                unit = next(s for s in UNITS if value % s == 0 and (value or s == 1))
                self.unit.setCurrentIndex(self.unit.findData(unit))
                self.number.setText(str(value // unit))
        finally:
            self._loading = False
        self._read_back()

    def _edited(self, *_args: object) -> None:
        self._read_back()
        if not self._loading:
            self.changed.emit(self.seconds())

    def _read_back(self) -> None:
        seconds = self.seconds()
        if seconds is None or int(self.unit.currentData()) == 1:
            self.reading.setText(self.tr("sent as seconds") if seconds is not None else "")
        else:
            self.reading.setText(self.tr("= {n} seconds").format(n=self.locale().toString(seconds)))


class SettingsPage(CampaignPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("Anything else?"),
                         self.tr("Tags, priority and sending options. All optional."))  # fmt: skip
        top = form()
        self.body_layout.addLayout(top)
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Words to find this campaign by, separated by commas"))
        top.addRow(self.tr("Tags:"), self.row("tags", self.tags, self.tr("The campaign list shows them.")))
        self.priority = QLineEdit()
        self.priority.setObjectName("priority")
        digits = QRegularExpressionValidator(QRegularExpression(r"-?\d{0,9}"), self.priority)
        self.priority.setValidator(digits)
        self.priority.setMaximumWidth(120)
        self.priority.setPlaceholderText(self.tr("not set"))
        top.addRow(self.tr("Priority:"), self.row("priority", self.priority, self.tr(
            "When campaigns go out at the same time, the higher number is sent first.")))  # fmt: skip
        self.flags: dict[str, QCheckBox] = {}
        self.durations: dict[str, DurationInput] = {}
        self.hook_url = QLineEdit()
        for title, names in GROUPS:
            box = QGroupBox(_tr(str(title)))
            layout = form()
            box.setLayout(layout)
            for name in names:
                self._add_flag(layout, name)
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.tags.textChanged.connect(lambda text: self.write(tags=text))
        self.priority.textChanged.connect(self._on_priority)

    def _add_flag(self, layout: Any, name: str) -> None:
        flag = FLAG_HELP[name]
        key = f"config.{name}"
        explanation = _tr(flag.explanation)
        if flag.type.value == "bool":
            box = QCheckBox(_tr(flag.label))
            box.setObjectName(f"config_{name}")
            box.setToolTip(explanation)
            self.flags[name] = box
            layout.addRow(self.row(key, box, explanation))
            box.toggled.connect(lambda on, n=name: self._set_flag(n, on))
        elif flag.type.value == "int":
            duration = DurationInput(name)
            self.durations[name] = duration
            layout.addRow(_tr(flag.label) + ":", self.row(key, duration, explanation))
            duration.changed.connect(lambda value, n=name: self._set_flag(n, value))
        else:
            self.hook_url.setObjectName("config_hook_url_template")
            self.hook_url.setPlaceholderText("https://crm.example.com/hook?id={id}")
            layout.addRow(_tr(flag.label) + ":", self.row(key, self.hook_url, explanation + " " + self.tr(
                "Placeholders are written in braces: {id}, {email}.")))  # fmt: skip
            self.hook_url.textChanged.connect(self._on_hook_url)

    # -- the setup -------------------------------------------------------------------------

    def show_setup(self) -> None:
        setup = self.setup
        self.tags.setText(setup.tags or "")
        self.priority.setText("" if setup.priority is None else str(setup.priority))
        config = setup.config
        for name, box in self.flags.items():
            box.setChecked(config.get(name) is True)
        for name, duration in self.durations.items():
            value = config.get(name)
            duration.set_seconds(value if isinstance(value, int) and not isinstance(value, bool) else None)
        url = config.get("hook_url_template")
        self.hook_url.setText(url if isinstance(url, str) else "")
        self._follow_hook()

    def _set_flag(self, name: str, value: Any) -> None:
        if self._loading:
            return
        config = dict(self.setup.config)
        config[name] = value
        self.write(config=config)

    def _on_priority(self, text: str) -> None:
        try:
            value = int(text) if text.strip() not in ("", "-") else None
        except ValueError:
            return
        self.write(priority=value)

    def _on_hook_url(self, text: str) -> None:
        self._follow_hook()
        self._set_flag("hook_url_template", text.strip() or None)
        row = self.rows["config.hook_url_template"]
        problem = self._hook_problem()
        row.set_hints([problem] if problem else [])

    def _follow_hook(self) -> None:
        has_url = bool(self.hook_url.text().strip())
        for name in _HOOK_OPTIONS:
            box = self.flags[name]
            box.setEnabled(has_url)
            explanation = _tr(FLAG_HELP[name].explanation)
            box.setToolTip(explanation if has_url else self.tr("Enter a webhook address first."))

    def _hook_problem(self) -> str | None:
        text = self.hook_url.text().strip()
        problem = hook_url_problem(text) if text else None
        return None if problem is None else field_message(problem)

    # -- checks ----------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        problem = self._hook_problem()
        return {"config.hook_url_template": problem} if problem else {}
