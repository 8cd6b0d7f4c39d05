"""What the wizard's pages share: the campaign being set up, the services, and the facts one
page learns that another shows (the email's name, the audience's size)."""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.domain.campaign_payloads import CampaignSetup
from app.domain.campaign_summary import ReviewFacts
from app.domain.kinds import DraftKind
from app.ui.wizard.formatting import system_zone

if TYPE_CHECKING:
    import asyncio

    from app.services.autosave import Autosaver
    from app.services.campaign_catalog import CampaignCatalog
    from app.services.campaign_control import CampaignControl
    from app.services.workspace_service import WorkspaceService
    from app.ui.editors.email_editor import EmailServices


@dataclass
class WizardServices:
    """The services the wizard talks to (the shell builds them once)."""

    workspace: WorkspaceService
    autosaver: Autosaver
    catalog: CampaignCatalog
    control: CampaignControl | None = None  # start, pause, publish and start
    email: EmailServices | None = None  # the email's preview and checks, as the email editor has them


@dataclass
class Facts:
    """Names and sizes the pages found, for the review and the A/B page."""

    message_name: str | None = None
    audience_name: str | None = None
    audience_size: int | None = None
    file_name: str | None = None
    extra_file_name: str | None = None
    segment_gone: bool = False  # the chosen segment is no longer on the server
    email_gone: bool = False  # the chosen email draft was deleted
    csv_problem: str | None = None  # why the chosen address list cannot be sent
    extra_problem: str | None = None  # why the chosen additional parameters file cannot be sent
    extra: dict[str, Any] = field(default_factory=dict)


class WizardContext(QObject):
    setup_edited = Signal()  # a page changed the setup: save it
    facts_changed = Signal()  # names or sizes learnt: the review and the A/B page follow
    zone_changed = Signal(str)

    def __init__(self, services: WizardServices, kind: DraftKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.setup = CampaignSetup(kind=kind)
        self.facts = Facts()
        self.remote_id: str | None = None
        self.default_zone = system_zone()

    @property
    def zone(self) -> str:
        """The zone times are picked and shown in: the campaign's, else the user's."""
        return self.setup.time_zone or self.default_zone

    def set_zone(self, zone_name: str) -> None:
        if zone_name != self.zone:
            self.setup.update(time_zone=zone_name)
            self.zone_changed.emit(zone_name)
            self.edited()

    def edited(self) -> None:
        self.setup_edited.emit()

    def learnt(self, **facts: Any) -> None:
        changed = False
        for name, value in facts.items():
            if getattr(self.facts, name) != value:
                setattr(self.facts, name, value)
                changed = True
        if changed:
            self.facts_changed.emit()

    def review_facts(self, schedule_words: str | None = None) -> ReviewFacts:
        f = self.facts
        return ReviewFacts(f.message_name, f.audience_name, f.audience_size, f.file_name, f.extra_file_name,
                           schedule_words, self.zone)  # fmt: skip

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any] | None:
        try:
            return self.services.autosaver.runner.spawn(coro, name=name)
        except RuntimeError:  # shutting down, or no loop: nothing more to learn
            coro.close()
            return None
