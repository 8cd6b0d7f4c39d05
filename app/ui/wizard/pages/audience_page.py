"""Who receives the campaign: a segment of the account (by name, with its size), an uploaded
address list (shown before it goes, sent without ``source_id``), or an API source by its ID;
and, for one-time and A/B campaigns, an optional file of additional parameters.

The segments come from the workspace and, when the server can be asked, from the server
itself: one deleted there meanwhile is marked and cannot be chosen, and a campaign that
still names it is stopped here with the reason.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import SourceType
from app.domain.kinds import DraftKind
from app.services.campaign_catalog import SegmentChoice
from app.services.csv_preview import CsvPreview
from app.ui.wizard.context import WizardContext
from app.ui.wizard.csv_picker import CsvPicker
from app.ui.wizard.pages.base import CampaignPage, help_label

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class AudiencePage(CampaignPage):
    def __init__(self, context: WizardContext) -> None:
        super().__init__(context, self.tr("Who receives it?"),
                         self.tr("A segment, a list of addresses, or an API source."))  # fmt: skip
        automated = context.kind is DraftKind.AUTO_CAMPAIGNS
        self.group = QButtonGroup(self)
        self.sources: dict[SourceType, QRadioButton] = {}
        choices = QWidget()
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        for source, text in (
            (SourceType.SEGMENT, self.tr("A segment of the account")),
            (SourceType.UPLOADED, self.tr("An address list from a file (CSV)")),
            (SourceType.API, self.tr("An API source")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"source_{source.value}")
            self.group.addButton(button)
            self.sources[source] = button
            choices_layout.addWidget(button)
        if automated:
            self.sources[SourceType.UPLOADED].setEnabled(False)
            self.sources[SourceType.UPLOADED].setToolTip(
                self.tr("An automated campaign sends again and again: it needs a segment or an API source.")
            )
        self.body_layout.addWidget(self.row("source_type", choices))

        self.stack = QStackedWidget()
        self.stack.addWidget(self._segment_panel())
        self.stack.addWidget(self._upload_panel())
        self.stack.addWidget(self._api_panel())
        # One message line for the segment and the API source (the server names source_id).
        self.source_row = self.row("source_id", self.stack)
        self.body_layout.addWidget(self.source_row)
        self.extra: CsvPicker | None = None
        if not automated:
            box = QGroupBox(self.tr("Additional parameters (optional)"))
            box_layout = QVBoxLayout(box)
            about = self.tr("A file with more details for each recipient, used by placeholders in the email.")
            box_layout.addWidget(help_label(about))
            self.extra = CsvPicker("additional_source_file", self._read, self._spawn, email_column=False)
            box_layout.addWidget(self.row("additional_source_file", self.extra))
            self.body_layout.addWidget(box)
            self.extra.path_changed.connect(lambda path: self.write(additional_file=path))
            self.extra.previewed.connect(self._extra_previewed)
        self.body_layout.addStretch(1)
        self._segments: list[SegmentChoice] | None = None
        self._server: dict[int, SegmentChoice] | None = None
        self._checked_server = False
        self.group.buttonToggled.connect(self._on_source)

    async def _read(self, path: str, encoding: str | None, delimiter: str | None) -> CsvPreview:
        return await self.context.services.catalog.preview_csv(path, encoding=encoding, delimiter=delimiter)

    def _spawn(self, coro: object, name: str) -> object:
        return self.context.spawn(coro, name)  # type: ignore[arg-type]

    # -- panels ----------------------------------------------------------------------------

    def _segment_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.segment_filter = QLineEdit()
        self.segment_filter.setObjectName("segmentFilter")
        self.segment_filter.setPlaceholderText(self.tr("Find a segment by name"))
        self.segment_filter.setClearButtonEnabled(True)
        self.segment_list = QTreeWidget()
        self.segment_list.setObjectName("segmentList")
        self.segment_list.setHeaderLabels([self.tr("Segment"), self.tr("Profiles"), ""])
        self.segment_list.setRootIsDecorated(False)
        self.segment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.segment_list.setMinimumHeight(150)
        header = self.segment_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.segment_note = help_label()
        self.segment_note.setObjectName("segmentNote")
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.segment_filter)
        box_layout.addWidget(self.segment_list)
        box_layout.addWidget(self.segment_note)
        layout.addWidget(box)
        self.segment_filter.textChanged.connect(self._filter_segments)
        self.segment_list.currentItemChanged.connect(self._on_segment)
        return panel

    def _upload_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(help_label(self.tr(
            "One address per row, with a header line. The file goes with the campaign each time it is "
            "published.")))  # fmt: skip
        self.csv = CsvPicker("source_uploaded_csv", self._read, self._spawn)
        layout.addWidget(self.row("source_uploaded_csv", self.csv))
        self.csv.path_changed.connect(lambda path: self.write(source_file=path))
        self.csv.previewed.connect(self._csv_previewed)
        return panel

    def _api_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.api_id = QLineEdit()
        self.api_id.setObjectName("apiSourceId")
        self.api_id.setPlaceholderText(self.tr("The source's ID, a whole number"))
        self.api_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.api_id))
        self.api_id.setMaximumWidth(240)
        layout.addWidget(self.api_id)
        about = self.tr("Profiles your own systems send through the API under this source.")
        layout.addWidget(help_label(about))
        layout.addStretch(1)
        self.api_id.textChanged.connect(self._on_api_id)
        return panel

    # -- loading ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        super().initializePage()
        self.context.spawn(self._load_segments(), "wizard-segments")

    async def _load_segments(self) -> None:
        catalog = self.context.services.catalog
        segments = await catalog.segments()
        if not shiboken6.isValid(self):
            return  # the wizard closed meanwhile
        self._segments = segments
        self._fill_segments()
        self.segment_note.setText(self.tr("Checking the segments on the server…"))
        server = await catalog.server_segments()
        if not shiboken6.isValid(self):
            return
        self._checked_server = server is not None
        self._server = {s.remote_id: s for s in server or [] if s.remote_id is not None}
        self._fill_segments()
        if server is None:
            self.segment_note.setText(self.tr("The server could not be asked: these are the segments this "
                                              "workspace knows. Sizes may be out of date."))  # fmt: skip
        elif not self._listed():
            self.segment_note.setText(self.tr("This account has no segments yet: define one under Segments."))
        else:
            self.segment_note.setText("")

    def _listed(self) -> list[SegmentChoice]:
        """Workspace segments, with the server's sizes; the server's own that were never pulled."""
        known = {s.remote_id: s for s in self._segments or [] if s.remote_id is not None}
        merged: dict[int | None, SegmentChoice] = {}
        for remote_id, segment in known.items():
            on_server = (self._server or {}).get(remote_id)
            if on_server is not None:
                segment = SegmentChoice(remote_id, segment.name, on_server.size, segment.local_id)
            merged[remote_id] = segment
        for remote_id, segment in (self._server or {}).items():
            merged.setdefault(remote_id, segment)
        listed = sorted(merged.values(), key=lambda s: s.name.casefold())
        local = [s for s in self._segments or [] if s.remote_id is None]
        return listed + local

    def _gone(self, remote_id: int | None) -> bool:
        return self._checked_server and remote_id is not None and remote_id not in (self._server or {})

    def _fill_segments(self) -> None:
        was = self._loading
        self._loading = True
        try:
            self.segment_list.clear()
            chosen = self.setup.source_id if self.setup.source_type is SourceType.SEGMENT else None
            listed = self._listed()
            if chosen is not None and all(s.remote_id != chosen for s in listed):
                listed.append(SegmentChoice(chosen, self.tr("Segment #{id}").format(id=chosen), None))
            for segment in listed:
                size = self.locale().toString(segment.size) if segment.size is not None else "—"
                if segment.remote_id is None:
                    note = self.tr("not published yet")
                elif self._gone(segment.remote_id):
                    note = self.tr("deleted on the server")
                else:
                    note = ""
                item = QTreeWidgetItem([segment.name, size, note])
                item.setData(0, ID_ROLE, segment.remote_id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                usable = segment.remote_id is not None and not self._gone(segment.remote_id)
                if not usable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                    item.setForeground(0, self.palette().placeholderText())
                    item.setToolTip(0, self.tr("Publish this segment under Segments first.")
                                    if segment.remote_id is None else
                                    self.tr("Someone deleted this segment on the server."))  # fmt: skip
                self.segment_list.addTopLevelItem(item)
                if segment.remote_id is not None and segment.remote_id == chosen:
                    self.segment_list.setCurrentItem(item)
        finally:
            self._loading = was
        self._filter_segments(self.segment_filter.text())
        self._learn()

    def _filter_segments(self, text: str) -> None:
        needle = text.strip().casefold()
        for index in range(self.segment_list.topLevelItemCount()):
            item = self.segment_list.topLevelItem(index)
            assert item is not None
            item.setHidden(bool(needle) and needle not in item.text(0).casefold())

    # -- the setup -------------------------------------------------------------------------

    def show_setup(self) -> None:
        setup = self.setup
        source = setup.source_type
        for kind, button in self.sources.items():
            button.setChecked(kind is source)
        if source is None:
            self.group.setExclusive(False)
            for button in self.sources.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        self._show_panel(source)
        self.api_id.setText(str(setup.source_id) if source is SourceType.API and setup.source_id else "")
        self.csv.set_path(setup.source_file)
        if self.extra is not None:
            self.extra.set_path(setup.additional_file)
        if self._segments is not None:
            self._fill_segments()
        self._learn()

    def _show_panel(self, source: SourceType | None) -> None:
        panels = {SourceType.SEGMENT: 0, SourceType.UPLOADED: 1, SourceType.API: 2}
        index = panels.get(source) if source is not None else None
        self.source_row.setVisible(index is not None)
        if index is not None:
            self.stack.setCurrentIndex(index)

    def _on_source(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        source = next(kind for kind, b in self.sources.items() if b is button)
        self._show_panel(source)
        if self._loading or source is self.setup.source_type:
            return
        if source is SourceType.SEGMENT:
            current = self.segment_list.currentItem()
            source_id = current.data(0, ID_ROLE) if current is not None else None
        elif source is SourceType.API:
            source_id = int(self.api_id.text()) if self.api_id.text() else None
        else:
            source_id = None
        self.write(source_type=source, source_id=source_id)
        self._learn()

    def _on_segment(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._loading or item is None:
            return
        remote_id = item.data(0, ID_ROLE)
        if remote_id is None or self._gone(remote_id):
            return
        self.write(source_type=SourceType.SEGMENT, source_id=remote_id)
        self.sources[SourceType.SEGMENT].setChecked(True)
        self._learn()

    def choose_segment(self, remote_id: int) -> None:
        """Pick a segment as a click would (tests)."""
        for index in range(self.segment_list.topLevelItemCount()):
            item = self.segment_list.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == remote_id:
                self.segment_list.setCurrentItem(item)
                return
        raise KeyError(remote_id)

    def _on_api_id(self, text: str) -> None:
        if self._loading or self.setup.source_type is not SourceType.API:
            return
        self.write(source_id=int(text) if text else None)

    def _csv_previewed(self, preview: CsvPreview | None) -> None:
        self._learn()

    def _extra_previewed(self, preview: CsvPreview | None) -> None:
        self._learn()

    def _learn(self) -> None:
        setup = self.setup
        source = setup.source_type
        name: str | None = None
        size: int | None = None
        gone = False
        if source is SourceType.SEGMENT and setup.source_id is not None:
            match = next((s for s in self._listed() if s.remote_id == setup.source_id), None)
            name = match.name if match is not None else None
            size = match.size if match is not None else None
            gone = self._gone(setup.source_id)
        elif source is SourceType.UPLOADED:
            preview = self.csv.preview
            size = preview.row_count if preview is not None and preview.usable else None
        file_name = self.csv.path_label.text() if source is SourceType.UPLOADED and self.csv.path else None
        if file_name is None and source is SourceType.UPLOADED:
            summary = setup.server_file("source_uploaded_csv")
            file_name = str(summary.get("name")) if summary else None
            if summary and size is None and isinstance(summary.get("rows"), int):
                size = max(0, int(summary["rows"]) - 1)  # the server counts the header line too
        extra = self.extra.path_label.text() if self.extra is not None and self.extra.path else None
        extra_problem = self.extra.problem_text() if self.extra is not None and extra else None
        self.context.learnt(audience_name=name, audience_size=size, segment_gone=gone, file_name=file_name,
                            extra_file_name=extra, csv_problem=self.csv.problem_text(),
                            extra_problem=extra_problem)  # fmt: skip

    # -- checks ----------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        setup = self.setup
        source = setup.source_type
        automated = self.context.kind is DraftKind.AUTO_CAMPAIGNS
        found: dict[str, str] = {}
        if source is None:
            found["source_type"] = self.tr("Choose who receives this campaign.")
        elif source is SourceType.SEGMENT:
            if setup.source_id is None:
                found["source_id"] = self.tr("Choose the segment that receives this campaign.")
            elif self._gone(setup.source_id):
                found["source_id"] = self.tr(
                    "This segment no longer exists on the server (deleted meanwhile): choose another."
                )
        elif source is SourceType.UPLOADED:
            if automated:
                found["source_type"] = self.tr("An automated campaign needs a segment or an API source.")
            elif not setup.source_file and setup.server_file("source_uploaded_csv") is None:
                found["source_uploaded_csv"] = self.tr("Choose the address list file.")
            elif self.csv.problem_text():  # one still being read is checked by the review once read
                found["source_uploaded_csv"] = self.csv.problem_text() or ""
        elif source is SourceType.API and setup.source_id is None and automated:
            found["source_id"] = self.tr("Enter the ID of the API source that receives this campaign.")
        if self.extra is not None and setup.additional_file and self.extra.problem_text():
            found["additional_source_file"] = self.extra.problem_text() or ""
        return found

    def warnings(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.setup.source_type is SourceType.UPLOADED:
            if not self.setup.source_file and self.setup.server_file("source_uploaded_csv") is not None:
                found["source_uploaded_csv"] = self.tr(
                    "The server has this list, but any change to the campaign sends the file again: "
                    "choose it here before you publish a change.")  # fmt: skip
            elif self.csv.warnings():
                found["source_uploaded_csv"] = " ".join(self.csv.warnings())
        if self.extra is not None and self.extra.warnings():
            found["additional_source_file"] = " ".join(self.extra.warnings())
        return found
