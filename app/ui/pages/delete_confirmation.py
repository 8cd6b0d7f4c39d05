"""Asking before a draft is deleted, and warning when it is also on the server."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.drafts import DraftRow
from app.ui.pages.sections import plural


def delete_message(rows: Sequence[DraftRow], pending: Collection[int]) -> tuple[str, str]:
    """(question, details): what will be lost, and that the server keeps its copy."""
    t = QCoreApplication.translate
    on_server = [row for row in rows if row.remote_id is not None]
    queued = [row for row in rows if row.local_id in pending]
    if len(rows) == 1:
        question = t("DeleteDraft", "Delete “%1”?").replace("%1", rows[0].title)
    else:
        question = plural("DeleteDraft", QT_TRANSLATE_NOOP("DeleteDraft", "Delete %Ln draft(s)?"), len(rows))
    details: list[str] = []
    if on_server:
        if len(rows) == 1:
            details.append(
                t(
                    "DeleteDraft",
                    "It is also on the server. Deleting it here removes only your copy in this workspace: "
                    "the server keeps it, and Pull brings it back. Changes you have not published are lost.",
                )
            )
        else:
            details.append(
                plural(
                    "DeleteDraft",
                    QT_TRANSLATE_NOOP(
                        "DeleteDraft",
                        "%Ln of them are also on the server. Deleting removes only your copies in this "
                        "workspace: the server keeps them, and Pull brings them back. Changes you have not "
                        "published are lost.",
                    ),
                    len(on_server),
                )
            )
    else:
        details.append(
            t("DeleteDraft", "Never published, so nothing else has a copy: this cannot be undone.")
        )
    if queued:
        details.append(
            t("DeleteDraft", "Its waiting publish is cancelled too.")
            if len(rows) == 1
            else plural(
                "DeleteDraft",
                QT_TRANSLATE_NOOP("DeleteDraft", "%Ln waiting publish(es) are cancelled too."),
                len(queued),
            )
        )
    return question, " ".join(details)


def confirm_delete(
    parent: QWidget,
    rows: Sequence[DraftRow],
    pending: Collection[int],
    on_confirmed: Callable[[list[int]], object],
) -> QMessageBox:
    """A window-modal question (opened, never exec'd); `on_confirmed(ids)` runs on Delete."""
    question, details = delete_message(rows, pending)
    on_server = any(row.remote_id is not None for row in rows)
    box = QMessageBox(
        QMessageBox.Icon.Warning if on_server else QMessageBox.Icon.Question,
        QCoreApplication.translate("DeleteDraft", "Delete drafts"),
        question,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("deleteConfirmation")
    box.setInformativeText(details)
    delete = box.addButton(
        QCoreApplication.translate("DeleteDraft", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # Enter does not delete by accident
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ids = [row.local_id for row in rows]

    def finished() -> None:
        if box.clickedButton() is delete:
            on_confirmed(ids)

    box.finished.connect(finished)
    box.open()
    return box
