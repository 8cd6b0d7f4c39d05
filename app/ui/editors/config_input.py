"""The campaign ``config`` object: each flag as a check box or box, with its explanation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain.campaign_config import FLAGS
from app.domain.field_labels import CONFIG_PREFIX
from app.domain.schema import FieldType
from app.ui.editors.field_row import FieldRow
from app.ui.editors.inputs import BoolInput, FieldInput, IntInput, TextInput
from app.ui.editors.payload_state import PayloadState, blank_json


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignConfig", text)


class ConfigInput(FieldInput):
    """Edits the flags it knows; flags it does not know stay in the object untouched."""

    def __init__(self, key: str = "config", parent: QWidget | None = None) -> None:
        super().__init__(key, parent)
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.box_layout.addWidget(panel)
        self.rows: dict[str, FieldRow] = {}  # by "config.<flag>", for messages
        self._inputs: list[FieldInput] = []
        self._state = PayloadState()
        for flag in FLAGS:
            field: FieldInput
            if flag.type is FieldType.BOOL:
                field = BoolInput(flag.name, _tr(flag.label))
            elif flag.type is FieldType.INT:
                field = IntInput(flag.name)
            else:
                field = TextInput(flag.name, "https://")
            field.setObjectName(f"config_{flag.name}")
            row = FieldRow(CONFIG_PREFIX + flag.name, field, _tr(flag.explanation))
            row.help.setToolTip(_tr(flag.explanation))
            if flag.type is FieldType.BOOL:
                form.addRow(row)
            else:
                form.addRow(_tr(flag.label), row)
            field.edited.connect(self._changed)
            self.rows[CONFIG_PREFIX + flag.name] = row
            self._inputs.append(field)

    def flag_input(self, name: str) -> FieldInput:
        for field in self._inputs:
            if field.key == name:
                return field
        raise KeyError(name)

    def _set(self, payload: Mapping[str, Any]) -> None:
        config = payload.get(self.key)
        self._state = PayloadState(config if isinstance(config, Mapping) else {})
        for field in self._inputs:
            field.read(self._state.current)

    def write(self, state: PayloadState) -> bool:
        for field in self._inputs:
            field.write(self._state)
        config = self._state.snapshot()
        if config == self._state.loaded:
            return state.apply(self.key, state.loaded.get(self.key), blank_json)
        return state.apply(self.key, config, blank_json)

    def has_content(self) -> bool:
        return any(field.has_content() for field in self._inputs)
