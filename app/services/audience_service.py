"""The Audience section's work with the server: one profile, test events, segment generation.

It is also where the section's other services live, so the window, the editors and the
section share one of each: :attr:`AudienceService.fields` (the account's declared profile
fields and sample profile) and :attr:`AudienceService.imports` (the CSV import, created on
first use: it loads the import pipeline, which start-up does not need).

Every call opens a client of the current account (``AccountService.client``) and closes it
when done. A refusal or a failure comes back as :class:`AudienceError` with a sentence for
the user (and the server's messages per field, when it named fields); sending an event
never raises for the server's answer: the session's history records failures too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.api.errors import ApiError, NotFoundError, ValidationError
from app.domain.drafts import DraftState
from app.domain.kinds import DraftKind
from app.domain.profile_fields import compare_echo
from app.domain.schema import USER_KEYS
from app.domain.wire import parse_wire_datetime
from app.services.accounts_service import AccountError, AccountService
from app.services.profile_fields_service import ProfileFieldsService
from app.services.sync_errors import account_sentence
from app.services.workspace_service import WorkspaceService

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.services.import_service import ImportService

__all__ = [
    "AudienceError",
    "AudienceService",
    "EventSend",
    "GenerationPoll",
    "GenerationState",
    "ProfileAnswer",
    "generation_seen",
]


class AudienceError(Exception):
    """What went wrong, in a sentence for the user; ``fields``: the server's messages per field."""

    def __init__(self, message: str, fields: Mapping[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fields: dict[str, list[str]] = {k: list(v) for k, v in (fields or {}).items()}


@dataclass(frozen=True, slots=True)
class ProfileAnswer:
    sent: dict[str, Any]  # the hashmap sent
    stored: dict[str, Any]  # what the server echoed: the identifiers and the fields it kept
    dropped: list[str]  # fields sent that it did not keep: not declared in the project


@dataclass(frozen=True, slots=True)
class EventSend:
    """One event sent this session, and how the server answered."""

    number: int  # 1, 2, ... in the order sent
    name: str
    payload: Any
    sent_at: float  # seconds since the epoch
    ok: bool
    answer: Any = None  # what the server answered, when it took the event
    message: str = ""  # why it did not, in a sentence
    fields: Mapping[str, list[str]] = field(default_factory=dict)  # the server's messages per field
    resend_of: int | None = None  # the number of the send this one repeats


@dataclass(frozen=True, slots=True)
class GenerationState:
    """Where a segment's generation stands, as last seen by this session."""

    local_id: int
    generating: bool = False  # asked, and the server has not finished yet
    generated_at: datetime | None = None
    size: int | None = None  # profiles in the last generation
    message: str = ""  # the last attempt failed: why


@dataclass(frozen=True, slots=True)
class GenerationPoll:
    """How long to ask again while the server is still generating a segment (seconds)."""

    first: float = 1.0
    cap: float = 8.0
    max_wait: float = 90.0


class AudienceService(QObject):
    event_sent = Signal(object)  # EventSend, appended to the history
    generation_changed = Signal(int, object)  # local_id, GenerationState

    def __init__(
        self,
        workspace: WorkspaceService,
        accounts: AccountService,
        fields: ProfileFieldsService | None = None,
        parent: QObject | None = None,
        *,
        poll: GenerationPoll | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._accounts = accounts
        self._fields = fields if fields is not None else ProfileFieldsService(workspace, self)
        self._imports: ImportService | None = None
        self._history: list[EventSend] = []
        self._generations: dict[int, GenerationState] = {}
        self.poll = poll or GenerationPoll()
        workspace.account_changed.connect(self._on_account)

    # -- the section's services ------------------------------------------------------------

    @property
    def fields(self) -> ProfileFieldsService:
        return self._fields

    @property
    def imports(self) -> ImportService:
        if self._imports is None:
            from app.services.import_service import ImportService

            self._imports = ImportService(self._workspace, self._accounts, self._fields, self)
        return self._imports

    @property
    def accounts(self) -> AccountService:
        return self._accounts

    def _on_account(self, _account_id: object) -> None:
        # Another account's segments and events: what was seen for this one does not apply.
        self._generations.clear()

    # -- one profile -----------------------------------------------------------------------

    async def upsert_profile(
        self, identifiers: Mapping[str, str], fields: Mapping[str, Any] | None = None
    ) -> ProfileAnswer:
        """Create or update one profile; the answer says what the server kept and dropped.

        The fields it kept are remembered as the account's declared fields.
        """
        profile: dict[str, Any] = {}
        for key in USER_KEYS:
            value = str(identifiers.get(key) or "").strip()
            if value:
                profile[key] = value
        if not profile:
            raise AudienceError(
                self.tr(
                    "Fill in at least one of user ID, phone, email or web push token: it says whose "
                    "profile this is."
                )
            )
        sent_fields = dict(fields or {})
        if sent_fields:
            profile["fields"] = sent_fields
        async with self._client() as api:
            try:
                echo = await api.users.upsert(profile)
            except ApiError as error:
                raise self._refusal(error, self.tr("The server did not take the profile.")) from None
        stored_fields = echo.get("fields") if isinstance(echo.get("fields"), Mapping) else {}
        assert isinstance(stored_fields, Mapping)
        if sent_fields:
            dropped = await self._fields.learn_from_echo(sent_fields, stored_fields)
        else:
            dropped = compare_echo({}, stored_fields).dropped
        return ProfileAnswer(profile, dict(echo), dropped)

    # -- events ----------------------------------------------------------------------------

    @property
    def history(self) -> list[EventSend]:
        """The events sent this session, oldest first."""
        return list(self._history)

    async def send_event(self, name: str, payload: Any, *, resend_of: int | None = None) -> EventSend:
        """Send event ``name``; the outcome, good or bad, joins the history (``event_sent``)."""
        name = name.strip()
        number = len(self._history) + 1
        sent_at = time.time()
        if not name:
            record = EventSend(number, name, payload, sent_at, False,
                               message=self.tr("Enter the event's name."), resend_of=resend_of)  # fmt: skip
        else:
            try:
                async with self._client() as api:
                    try:
                        answer = await api.events.send(name, payload)
                    except ApiError as error:
                        raise self._refusal(error, self.tr("The server did not take the event.")) from None
            except AudienceError as error:
                record = EventSend(number, name, payload, sent_at, False, message=error.message,
                                   fields=error.fields, resend_of=resend_of)  # fmt: skip
            else:
                record = EventSend(number, name, payload, sent_at, True, answer=answer, resend_of=resend_of)
        self._history.append(record)
        self.event_sent.emit(record)
        return record

    async def resend(self, number: int) -> EventSend:
        """Send again the event of the history numbered ``number``."""
        earlier = next((sent for sent in self._history if sent.number == number), None)
        if earlier is None:
            raise AudienceError(self.tr("That event is not in this session's history."))
        return await self.send_event(earlier.name, earlier.payload, resend_of=number)

    # -- segments --------------------------------------------------------------------------

    def generation(self, local_id: int) -> GenerationState | None:
        """What this session last saw of the segment's generation (None: nothing yet)."""
        return self._generations.get(local_id)

    async def generate_segment(self, local_id: int) -> GenerationState:
        """Ask the server to generate the published segment of draft ``local_id`` and wait
        (bounded) until it says it did; a published draft takes the new date and size."""
        draft = await self._workspace.get_draft(local_id)
        if draft.kind is not DraftKind.SEGMENTS:
            raise ValueError(f"draft {local_id} is not a segment")
        if draft.remote_id is None:
            raise AudienceError(
                self.tr("Publish the segment first: the server generates the segments it has.")
            )
        current = self._generations.get(local_id)
        if current is not None and current.generating:
            return current
        before = draft.payload.get("generated_at")
        self._set_generation(GenerationState(local_id, generating=True, **_seen(draft.payload)))
        try:
            segment = await self._generate(draft.remote_id, before)
        except AudienceError as error:
            self._set_generation(GenerationState(local_id, message=error.message, **_seen(draft.payload)))
            raise
        except BaseException:
            self._set_generation(GenerationState(local_id, **_seen(draft.payload)))
            raise
        state = GenerationState(local_id, generating=_unchanged(segment, before), **_seen(segment))
        if state.generating:
            state = GenerationState(
                local_id,
                message=self.tr("The server is still generating the segment. Look again in a few minutes."),
                **_seen(segment),
            )
        await self._store_generated(local_id, segment)
        self._set_generation(state)
        return state

    async def _generate(self, remote_id: str, before: Any) -> dict[str, Any]:
        object_id = int(remote_id) if remote_id.isdigit() else remote_id
        async with self._client() as api:
            try:
                answer = await api.segments.generate(object_id)
                segment = answer if answer.get("id") is not None else await api.segments.get(object_id)
                waited, delay = 0.0, self.poll.first
                while _unchanged(segment, before) and waited < self.poll.max_wait:
                    step = min(delay, self.poll.max_wait - waited)
                    await asyncio.sleep(step)
                    waited += step
                    delay = min(delay * 2, self.poll.cap)
                    segment = await api.segments.get(object_id)
            except ApiError as error:
                gone = self.tr(
                    "The server no longer has this segment (it may have been deleted there). Pull (F5) to "
                    "bring the list up to date."
                )
                raise self._refusal(
                    error, self.tr("The server did not generate the segment."), gone
                ) from None
        return dict(segment)

    async def _store_generated(self, local_id: int, segment: Mapping[str, Any]) -> None:
        """A draft with no local changes takes the server's copy (as a pull would); one with
        changes keeps its payload, and the editor shows the state from :meth:`generation`."""
        draft = await self._workspace.get_draft(local_id)
        if draft.state is not DraftState.PUBLISHED or draft.account_id != self._workspace.account_id:
            return
        account_id, obj = draft.account_id, dict(segment)
        await self._workspace.runner.call(
            lambda ws: ws.drafts.apply_pull(account_id, DraftKind.SEGMENTS.value, [obj])
        )
        self._workspace.notify(DraftKind.SEGMENTS, local_id)

    def _set_generation(self, state: GenerationState) -> None:
        self._generations[state.local_id] = state
        self.generation_changed.emit(state.local_id, state)

    # -- helpers ---------------------------------------------------------------------------

    def _client(self) -> ApiClient:
        try:
            return self._accounts.client()
        except AccountError as error:
            raise AudienceError(str(error)) from None

    @staticmethod
    def _refusal(error: ApiError, refused: str, not_found: str | None = None) -> AudienceError:
        """A failed request in a sentence: the server's own words for a refusal, else what
        went wrong and what to do."""
        if isinstance(error, ValidationError):
            return AudienceError(_refusal_sentence(refused, error), error.fields)
        if isinstance(error, NotFoundError) and not_found is not None:
            return AudienceError(not_found)
        return AudienceError(account_sentence(error))


def _refusal_sentence(refused: str, error: ApiError) -> str:
    detail = error.message.strip()
    return f"{refused} {detail}" if detail else refused


def generation_seen(segment: Mapping[str, Any]) -> tuple[datetime | None, int | None]:
    """When a segment was last generated and its size then, as its payload says."""
    at, size = segment.get("generated_at"), segment.get("size")
    moment: datetime | None = None
    if isinstance(at, str) and at:
        try:
            moment = parse_wire_datetime(at)
        except ValueError:
            moment = None
    return moment, size if isinstance(size, int) and not isinstance(size, bool) else None


def _seen(segment: Mapping[str, Any]) -> dict[str, Any]:
    at, size = generation_seen(segment)
    return {"generated_at": at, "size": size}


def _unchanged(segment: Mapping[str, Any], before: Any) -> bool:
    """The server has not (yet) generated since ``before``."""
    at = segment.get("generated_at")
    return not at or at == before
