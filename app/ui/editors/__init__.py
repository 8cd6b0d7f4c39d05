"""Draft editors: one per kind, built by :func:`editor_for`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.domain.kinds import DraftKind
from app.ui.editors.base import DraftEditor
from app.ui.editors.email_editor import EmailEditor
from app.ui.editors.schema_editor import SchemaEditor

if TYPE_CHECKING:
    from app.services.audience_service import AudienceService
    from app.services.autosave import Autosaver
    from app.services.workspace_service import WorkspaceService
    from app.ui.editors.email_editor import EmailServices
    from app.ui.wizard.context import WizardServices

__all__ = ["DraftEditor", "EmailEditor", "SchemaEditor", "editor_for"]


def editor_for(
    kind: DraftKind,
    *,
    workspace: WorkspaceService,
    autosaver: Autosaver,
    parent: QWidget | None = None,
    email: EmailServices | None = None,
    campaigns: WizardServices | None = None,
    audience: AudienceService | None = None,
) -> DraftEditor:
    """The editor for drafts of ``kind``; load a draft into it with ``load``.

    With ``campaigns`` (the wizard's services) the three campaign kinds get the campaign
    wizard; without, the grouped form. With ``audience`` a segment's editor can generate it."""
    if kind.is_campaign and campaigns is not None:
        from app.ui.wizard.editor import CampaignWizardEditor

        return CampaignWizardEditor(
            kind, workspace=workspace, autosaver=autosaver, services=campaigns, parent=parent
        )
    if kind is DraftKind.EMAILS:
        return EmailEditor(workspace=workspace, autosaver=autosaver, services=email, parent=parent)
    if kind is DraftKind.CATEGORIES:
        from app.ui.editors.category_editor import CategoryEditor

        return CategoryEditor(workspace=workspace, autosaver=autosaver, parent=parent)
    if kind is DraftKind.SEGMENTS:
        from app.ui.editors.segment_editor import SegmentEditor

        return SegmentEditor(workspace=workspace, autosaver=autosaver, audience=audience, parent=parent)
    return SchemaEditor(kind, workspace=workspace, autosaver=autosaver, parent=parent)
