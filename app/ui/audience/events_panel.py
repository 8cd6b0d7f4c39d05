"""Test events: a name and a JSON payload sent to the server, and this session's history.

Automated campaigns start on events; this is where a marketer sends one by hand to see a
campaign react. The payload is typed in the code editor's JSON mode and checked as it is
typed; the history shows each send with the server's answer, and any of them can be sent
again or taken back into the form.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.audience_service import EventSend
from app.ui.audience.background import run_for
from app.ui.audience.event_history import NAME, RESULT, EventHistoryModel
from app.ui.code_editor import CodeEditor
from app.ui.editors.field_row import HELP_STYLE
from app.ui.text_colors import show_hint, show_plain, show_problem

if TYPE_CHECKING:
    from app.services.audience_service import AudienceService
    from app.services.tasks import TaskRunner

_MARK_DELAY_MS: Final = 700  # not while a token is half typed
_EXAMPLE: Final = '{\n  "uid": "user-1",\n  "product": "sku-42"\n}'


class EventsPanel(QWidget):
    def __init__(self, audience: AudienceService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("events")
        self._audience = audience
        self._tasks = tasks
        self._sending = False
        self._problem_line = 0

        form_box = QGroupBox(self.tr("Send an event"))
        form_layout = QVBoxLayout(form_box)
        intro = QLabel(
            self.tr(
                "Automated campaigns can start when an event arrives. Send one here to try a campaign: "
                "it goes to the server like an event from your website or app."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(HELP_STYLE)
        form_layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("eventName")
        self.name.setPlaceholderText("cart_abandoned")
        form.addRow(self.tr("Event name"), self.name)
        form_layout.addLayout(form)
        payload_title = QHBoxLayout()
        payload_label = QLabel(self.tr("Payload (JSON)"))
        payload_title.addWidget(payload_label)
        payload_title.addStretch(1)
        self.format_button = QPushButton(self.tr("Format"))
        payload_title.addWidget(self.format_button)
        form_layout.addLayout(payload_title)
        self.payload = CodeEditor("json")
        self.payload.setObjectName("eventPayload")
        self.payload.setPlaceholderText(_EXAMPLE)
        payload_label.setBuddy(self.payload)
        form_layout.addWidget(self.payload, 1)
        self.payload_message = QLabel()
        self.payload_message.setObjectName("payloadMessage")
        show_hint(self.payload_message)
        self.payload_message.setWordWrap(True)
        self.payload_message.setMinimumHeight(self.fontMetrics().height())
        form_layout.addWidget(self.payload_message)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send event"))
        self.send_button.setObjectName("sendEvent")
        buttons.addWidget(self.send_button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("eventStatus")
        self.status.setWordWrap(True)
        form_layout.addWidget(self.status)

        history_box = QGroupBox(self.tr("Sent this session"))
        history_layout = QVBoxLayout(history_box)
        self.model = EventHistoryModel(self)
        self.model.set_history(audience.history)
        self.view = QTableView()
        self.view.setObjectName("eventHistory")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        history_layout.addWidget(self.view, 2)
        self.empty_history = QLabel(self.tr("Nothing sent yet. The events you send appear here."))
        self.empty_history.setStyleSheet(HELP_STYLE)
        history_layout.addWidget(self.empty_history)
        self.detail_title = QLabel()
        self.detail_title.setObjectName("eventDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        history_layout.addWidget(self.detail_title)
        self.detail = CodeEditor("json")
        self.detail.setObjectName("eventDetail")
        self.detail.setReadOnly(True)
        history_layout.addWidget(self.detail, 1)
        history_buttons = QHBoxLayout()
        self.resend_button = QPushButton(self.tr("Send again"))
        self.resend_button.setObjectName("resendEvent")
        self.reuse_button = QPushButton(self.tr("Copy into the form"))
        history_buttons.addWidget(self.resend_button)
        history_buttons.addWidget(self.reuse_button)
        history_buttons.addStretch(1)
        history_layout.addLayout(history_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(form_box)
        splitter.addWidget(history_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._mark_timer = QTimer(self)
        self._mark_timer.setSingleShot(True)
        self._mark_timer.setInterval(_MARK_DELAY_MS)
        self._mark_timer.timeout.connect(self._mark_problem)
        self.name.textChanged.connect(self._update)
        self.name.returnPressed.connect(self.send)
        self.payload.text_edited.connect(self._payload_edited)
        self.format_button.clicked.connect(self.payload.format_text)
        self.send_button.clicked.connect(self.send)
        self.resend_button.clicked.connect(self.resend_selected)
        self.reuse_button.clicked.connect(self.copy_selected)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        audience.event_sent.connect(self._on_sent)
        self._update()
        self._show_selected()

    # -- the form --------------------------------------------------------------------------

    def parsed_payload(self) -> tuple[bool, Any]:
        """(True, the payload; an empty one is {}) or (False, the JSONDecodeError)."""
        text = self.payload.text().strip()
        if not text:
            return True, {}
        try:
            return True, json.loads(text)
        except json.JSONDecodeError as error:
            return False, error

    def _payload_edited(self) -> None:
        self._update()
        ok, _value = self.parsed_payload()
        if ok:
            self._mark_problem()
        else:
            self._mark_timer.start()

    def _mark_problem(self) -> None:
        self._mark_timer.stop()
        ok, error = self.parsed_payload()
        if ok:
            if self.payload.marks:
                self.payload.mark_lines({})
        else:
            self.payload.mark_lines({error.lineno: ("error", self.payload_message.text())})

    def _update(self, *_args: object) -> None:
        ok, parsed = self.parsed_payload()
        if ok and not isinstance(parsed, dict):
            self.payload_message.setText(
                self.tr('The server usually expects an object here, such as {"uid": "u1"}.')
            )
        elif ok:
            self.payload_message.setText("")
        else:
            self.payload_message.setText(
                self.tr("Not valid JSON yet (line {0}, column {1}): {2}").format(
                    parsed.lineno, parsed.colno, parsed.msg
                )
            )
        self.format_button.setEnabled(ok and bool(self.payload.text().strip()))
        self.send_button.setEnabled(ok and bool(self.name.text().strip()) and not self._sending)

    def send(self) -> None:
        if not self.send_button.isEnabled():
            return
        ok, payload = self.parsed_payload()
        if not ok:
            return
        name = self.name.text().strip()
        self._start(lambda: self._audience.send_event(name, payload), self.tr("Sending “{0}”…").format(name))

    def _start(self, make: Any, what: str) -> None:
        self._sending = True
        show_plain(self.status)
        self.status.setText(what)
        self._update()
        self.resend_button.setEnabled(False)
        run_for(self._tasks, self, make, name="send-event", on_done=self._sent)

    def _sent(self, send: EventSend) -> None:
        self._sending = False
        if send.ok:
            show_plain(self.status)
            self.status.setText(self.tr("The server took event #{0}, “{1}”.").format(send.number, send.name))
        else:
            show_problem(self.status)
            self.status.setText(self.tr("Event #{0} was not taken: {1}").format(send.number, send.message))
        self._update()
        self._show_selected()

    # -- the history -----------------------------------------------------------------------

    def _on_sent(self, send: EventSend) -> None:
        self.model.add(send)
        self.view.selectRow(0)
        self._show_selected()

    def selected(self) -> EventSend | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.send_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        send = self.selected()
        has_history = self.model.rowCount() > 0
        self.empty_history.setVisible(not has_history)
        self.detail.setVisible(has_history)
        self.detail_title.setVisible(has_history)
        self.resend_button.setEnabled(send is not None and bool(send.name) and not self._sending)
        self.reuse_button.setEnabled(send is not None)
        if send is None:
            self.detail_title.setText(self.tr("Choose an event above to see what was sent and answered."))
            self.detail.load_text("")
            return
        self.detail_title.setText(self._detail_title(send))
        self.detail.load_text(self._detail_text(send))

    def _detail_text(self, send: EventSend) -> str:
        """What was sent and what came back, as JSON (the server's own words for a refusal)."""
        shown: dict[str, Any] = {"sent": {"name": send.name, "payload": send.payload}}
        if send.ok:
            shown["answer"] = send.answer
        else:
            shown["not_taken"] = send.message
            if send.fields:
                shown["fields"] = send.fields
        return json.dumps(shown, indent=2, ensure_ascii=False)

    def _detail_title(self, send: EventSend) -> str:
        stamp = QDateTime.fromMSecsSinceEpoch(int(send.sent_at * 1000))
        when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        return self.tr("#{0} “{1}”, sent {2}: {3}").format(
            send.number, send.name, when, self.model.result_text(send)
        )

    def resend_selected(self) -> None:
        send = self.selected()
        if send is None or self._sending:
            return
        number = send.number
        self._start(lambda: self._audience.resend(number), self.tr("Sending #{0} again…").format(number))

    def copy_selected(self) -> None:
        send = self.selected()
        if send is None:
            return
        self.name.setText(send.name)
        self.payload.replace_all_text(json.dumps(send.payload, indent=2, ensure_ascii=False))
        self.name.setFocus()
