"""Publishing one queued draft: create, edit or rewrite it on the server, never overwriting
someone else's change and never creating anything twice.

Pure asyncio (no Qt): the outbox worker calls :meth:`Publisher.publish` for each job, and
the job's bookkeeping (done, failed, try again later) is written here, next to the
request it describes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from app.api.errors import ApiError, BadResponseError, BadResponseReason
from app.domain.annotations import CATEGORY_LOCAL_ID, FILES, MESSAGE_LOCAL_ID
from app.domain.campaign_payloads import TIME_ZONE
from app.domain.drafts import Draft, DraftError, DraftState
from app.domain.inlined_html import INLINE_CSS, InlinedMap, as_source, wants_inlining
from app.domain.kinds import DraftKind
from app.domain.payload_diff import Change, changed_fields, three_way
from app.domain.publish_checks import publish_problems
from app.domain.sentences import QT_TRANSLATE_NOOP
from app.services.publish_inlining import NOT_INLINED, Inlined, in_editor_terms, inline_fields
from app.services.store_access import WorkspaceRunner
from app.services.sync_backoff import Backoff
from app.services.sync_errors import PENDING_OUTCOMES, Outcome, Verdict, judge
from app.services.sync_lookup import CreatedObjectFinder, Sent
from app.services.sync_payloads import (
    WireBody,
    attached_files,
    wire_body,
    without_annotations,
)
from app.store.errors import NotFoundError as StoreNotFoundError
from app.store.outbox import OutboxJob
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.api.client import ApiClient

log = logging.getLogger(__name__)
JsonObject = dict[str, Any]
# The draft's own sentence when the app refuses to send it (the fields say what to fix).
# Stored with the draft in English; the editor and the outbox translate them ("Publishing").
NOT_SENT: Final = QT_TRANSLATE_NOOP("Publishing", "Not published: some fields need fixing first.")
# A list of the server's categories is trusted this long (seconds) before it is asked again.
CATEGORIES_FRESH: Final = 30.0
# A server may still be finishing a create whose answer never came (a read timeout):
# only a list asked for this long after the failure is trusted to show its object.
LOST_CREATE_SETTLE: Final = 1.0


@dataclass(frozen=True, slots=True)
class PublishResult:
    local_id: int
    kind: DraftKind | None
    outcome: Outcome
    message: str = ""
    retry_in: float | None = None  # seconds until the next try, for RETRY
    retry_at: float | None = None  # the same on the wall clock


@dataclass(slots=True)
class _Attempt:
    """What one try did so far, for its bookkeeping when it fails."""

    job: OutboxJob
    draft: Draft
    posted: bool = False
    existing: bool = False  # the draft names an object the server should have
    results: list[PublishResult] = field(default_factory=list)


class _KeyedLocks:
    """One lock per draft, so the same draft is never published twice at once (a campaign
    publishes its email while the email's own job may be running too)."""

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}

    @asynccontextmanager
    async def hold(self, key: int) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]


def _api_id(remote_id: str) -> int | str:
    return int(remote_id) if remote_id.isdigit() else remote_id


class Publisher:
    """Publishes the drafts of one account through one :class:`ApiClient`."""

    def __init__(
        self,
        api: ApiClient,
        runner: WorkspaceRunner,
        account_id: int,
        *,
        backoff: Backoff | None = None,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._runner = runner
        self.account_id = account_id
        self._backoff = backoff or Backoff()
        self._clock = clock
        self._monotonic = monotonic
        self._locks = _KeyedLocks()
        self._finder = CreatedObjectFinder(api, runner, account_id, monotonic=monotonic)
        # A lost POST of this run: its body and when it ended. A job left "sending" by an
        # earlier run is older than anything this run lists.
        self._lost: dict[int, tuple[WireBody, float]] = {}
        self._started = monotonic()
        self._server_categories: tuple[float, set[int]] | None = None  # (when listed, ids)

    @property
    def finder(self) -> CreatedObjectFinder:
        return self._finder

    async def publish(self, local_id: int) -> list[PublishResult]:
        """Run the queued publish of draft ``local_id``: its result last, preceded by the
        result of the email it needed published first, if any."""
        results: list[PublishResult] = []
        await self._run(local_id, results, dependency=False)
        return results

    # -- one draft ---------------------------------------------------------------------

    async def _run(self, local_id: int, results: list[PublishResult], *, dependency: bool) -> PublishResult:
        async with self._locks.hold(local_id):
            loaded = await self._runner.call(lambda ws: _load(ws, local_id, enqueue=dependency))
            if loaded is None:
                result = PublishResult(local_id, None, Outcome.NOTHING)
            else:
                attempt = _Attempt(*loaded, results=results)
                try:
                    result = await self._attempt(attempt)
                except ApiError as error:
                    result = await self._failed(attempt, error)
                except StoreNotFoundError:
                    result = PublishResult(local_id, attempt.draft.kind, Outcome.NOTHING)
                except OSError as error:  # a datafile named in $files cannot be read
                    verdict = Verdict(Outcome.FAILED, f"A file to send cannot be read: {error}")
                    result = await self._settle(attempt, verdict)
        results.append(result)
        return result

    async def _attempt(self, attempt: _Attempt) -> PublishResult:
        draft = attempt.draft
        if draft.state is DraftState.CONFLICT:
            return await self._settle(attempt, Verdict(Outcome.CONFLICT, _conflict_message(draft)))
        problems = publish_problems(draft.kind, draft.payload) or await self._category_problems(draft)
        if problems:  # the server would refuse it, or get what the user does not see: never send it
            return await self._settle(attempt, Verdict(Outcome.FAILED, NOT_SENT, problems))
        payload = dict(draft.payload)
        dependency = _DEPENDENCIES.get(draft.kind)
        if dependency is not None and payload.get(dependency.annotation) is not None:
            waiting = await self._fill_dependency(attempt, payload, dependency)
            if waiting is not None:
                return waiting
        if draft.remote_id is None:
            return await self._create(attempt, payload)
        attempt.existing = True
        return await self._update(attempt, payload, draft.remote_id)

    async def _category_problems(self, draft: Draft) -> dict[str, list[str]]:
        """An email naming a category the account does not have is not sent. The workspace
        may not know every category (never pulled): the server's list decides."""
        category = draft.payload.get("category")
        if (
            draft.kind is not DraftKind.EMAILS
            or draft.payload.get(CATEGORY_LOCAL_ID) is not None
            or not isinstance(category, int)
            or isinstance(category, bool)
        ):
            return {}
        known = await self._runner.call(lambda ws: known_categories(ws, self.account_id))
        if category in known:
            return {}
        now = self._monotonic()
        if self._server_categories is None or now - self._server_categories[0] > CATEGORIES_FRESH:
            listed = await self._api.categories.list()
            ids = {c.get("category") for c in listed if isinstance(c, dict)}
            self._server_categories = (now, {i for i in ids if isinstance(i, int)})
        if category in self._server_categories[1]:
            return {}
        return publish_problems(draft.kind, draft.payload, categories=known | self._server_categories[1])

    async def _fill_dependency(
        self, attempt: _Attempt, payload: JsonObject, dependency: _Dependency
    ) -> PublishResult | None:
        """Publish the draft this one names by local id (a campaign's email, an email's
        category) first if it is still local; None when this draft can go on, else its result."""
        other_id = payload[dependency.annotation]
        other = await self._runner.call(lambda ws: _draft_or_none(ws, other_id))
        if other is None or other.kind is not dependency.kind:
            return await self._settle(attempt, Verdict(Outcome.FAILED, dependency.gone))
        if other.remote_id is None:
            result = await self._run(other_id, attempt.results, dependency=True)
            other = await self._runner.call(lambda ws: _draft_or_none(ws, other_id))
            if other is None or other.remote_id is None:
                return await self._settle(attempt, _after_dependency(dependency, result, other))
        payload[dependency.field] = int(other.remote_id)
        return None

    async def _create(self, attempt: _Attempt, payload: JsonObject) -> PublishResult:
        job, draft = attempt.job, attempt.draft
        body, sent = await self._wire(draft, payload)
        if body is None:
            return await self._settle(attempt, Verdict(Outcome.FAILED, NOT_INLINED, sent.problems))
        if job.outcome_unknown:
            lost = self._lost.get(draft.local_id)
            lost_sent = Sent(lost[0] if lost else None, job.fingerprint)
            not_before = lost[1] if lost else self._started
            found = await self._finder.find(draft.kind, draft.local_id, lost_sent, body, not_before)
            if found is not None:
                return await self._published(attempt, found, body, sent.sent)
        await self._runner.call(lambda ws: ws.outbox.mark_sending(job.id, body.fingerprint))
        attempt.posted = True
        resource = getattr(self._api, draft.kind.value)
        created: JsonObject = await resource.create(body.fields, files=body.files or None)
        if draft.kind.remote_id(created) is None:
            raise BadResponseError(
                f"The server's answer names no {draft.kind.id_field} for the new object",
                reason=BadResponseReason.SHAPE,
                method="POST",
                path=resource.endpoint.collection,
                outcome_unknown=True,
            )
        return await self._published(attempt, created, body, sent.sent)

    async def _update(self, attempt: _Attempt, payload: JsonObject, remote_id: str) -> PublishResult:
        draft = attempt.draft
        mine = without_annotations(payload)
        if draft.state is DraftState.PUBLISHED and draft.base is not None and not _moved(draft):
            return await self._published(attempt, dict(draft.base), None, None, request=False)
        resource = getattr(self._api, draft.kind.value)
        theirs_raw: JsonObject = await resource.get(_api_id(remote_id))
        # Compared in the editor's terms: HTML we sent inlined counts as its source.
        theirs = in_editor_terms(theirs_raw, draft.base)
        base = draft.base if draft.base is not None else theirs
        diff = three_way(without_annotations(base), mine, without_annotations(theirs), schema=draft.kind)
        if any(c.change in (Change.THEIRS, Change.CONFLICT) for c in diff):
            return await self._settle(attempt, Verdict(Outcome.CONFLICT, _conflict_message(draft)), theirs)
        body, sent = await self._wire(draft, payload)
        if body is None:
            return await self._settle(attempt, Verdict(Outcome.FAILED, NOT_INLINED, sent.problems))
        # Fields the server already has as they would be sent (our own earlier write) are not
        # sent again; the comparison is on the wire's terms, inlined HTML included.
        changes = changed_fields(theirs_raw, {**mine, **sent.fields}, schema=draft.kind)
        if not changes and not body.files:
            return await self._published(attempt, theirs_raw, None, sent.sent, request=False)
        if draft.kind.has_patch:
            stored: JsonObject = await resource.update(_api_id(remote_id), changes)
        else:
            stored = await resource.replace(_api_id(remote_id), body.fields, files=body.files or None)
        return await self._published(attempt, stored, body, sent.sent)

    async def _wire(self, draft: Draft, payload: JsonObject) -> tuple[WireBody | None, Inlined]:
        """The request body; with ``$inline_css`` its HTML bodies inlined (None: they cannot be)."""
        body = wire_body(draft.kind, payload)
        if not wants_inlining(payload):
            return body, Inlined({})
        inlined = await inline_fields(draft.kind, body.fields)
        if inlined.problems:
            return None, inlined
        html = {k: v for k, v in inlined.fields.items() if k in inlined.sent}
        return WireBody(inlined.fields, body.files), Inlined(html, inlined.sent)

    # -- bookkeeping -------------------------------------------------------------------

    async def _published(
        self,
        attempt: _Attempt,
        server_object: JsonObject,
        body: WireBody | None,
        sent: InlinedMap | None,
        *,
        request: bool = True,
    ) -> PublishResult:
        draft, job = attempt.draft, attempt.job
        # The draft's own base (sent None) is in the editor's terms already; the server's copy
        # is read so: HTML sent inlined becomes its source again.
        stored = dict(server_object) if sent is None else as_source(without_annotations(server_object), sent)
        files = attached_files(draft.payload)
        if files:
            # A rewrite (PUT) must send the datafiles again: remember where they are.
            stored[FILES] = files
        if wants_inlining(draft.payload):
            stored[INLINE_CSS] = True
        zone = draft.payload.get(TIME_ZONE)
        if isinstance(zone, str) and zone:
            stored[TIME_ZONE] = zone  # a campaign's times stay on the clock they were picked on
        remote_id = draft.kind.remote_id(server_object)
        rid = str(remote_id) if remote_id is not None else draft.remote_id
        assert rid is not None

        def record(ws: Workspace) -> None:
            ws.drafts.mark_published(draft.local_id, rid, stored, sent=draft.payload)
            ws.outbox.complete(job.id)

        await self._runner.call(record)
        self._lost.pop(draft.local_id, None)
        if request:
            log.info("published %s draft %d as %s", draft.kind.value, draft.local_id, rid)
        return PublishResult(draft.local_id, draft.kind, Outcome.PUBLISHED)

    async def _failed(self, attempt: _Attempt, error: ApiError) -> PublishResult:
        verdict = judge(error, attempt.draft.kind, existing=attempt.existing)
        if attempt.posted and error.outcome_unknown:
            body = wire_body(attempt.draft.kind, attempt.draft.payload)
            self._lost[attempt.draft.local_id] = (body, self._monotonic() + LOST_CREATE_SETTLE)
        log.info(
            "publishing %s draft %d: %s (%s)",
            attempt.draft.kind.value, attempt.draft.local_id, verdict.outcome.value, error,
        )
        return await self._settle(attempt, verdict, unknown=error.outcome_unknown)

    async def _settle(
        self,
        attempt: _Attempt,
        verdict: Verdict,
        theirs: JsonObject | None = None,
        *,
        unknown: bool = False,
    ) -> PublishResult:
        draft, job = attempt.draft, attempt.job
        outcome = verdict.outcome
        # After a POST the flag says what this try learnt; otherwise it stays as it was.
        flag = unknown if attempt.posted else None
        retry_in = retry_at = None
        now = self._clock()
        if outcome is Outcome.RETRY:
            retry_in = self._backoff.delay(job.attempts + 1, verdict.retry_after)
            retry_at = now + retry_in

        def record(ws: Workspace) -> None:
            if outcome is Outcome.CONFLICT:
                if theirs is not None:
                    ws.drafts.mark_conflict(draft.local_id, theirs)
                ws.outbox.complete(job.id)
            elif outcome is Outcome.FAILED:
                ws.drafts.mark_failed(draft.local_id, DraftError(verdict.message, verdict.fields))
                ws.outbox.complete(job.id)
            else:
                ws.outbox.mark_attempt(job.id, verdict.message, retry_at or now, outcome_unknown=flag)

        await self._runner.call(record)
        return PublishResult(draft.local_id, draft.kind, outcome, verdict.message, retry_in, retry_at)


def _load(ws: Workspace, local_id: int, *, enqueue: bool) -> tuple[OutboxJob, Draft] | None:
    """The draft and its job; a dependency gets a job of its own so its POST is tracked."""
    draft = _draft_or_none(ws, local_id)
    if draft is None:
        return None
    job = ws.outbox.job_for(local_id)
    if job is None:
        if not enqueue or draft.remote_id is not None:
            return None
        job = ws.outbox.enqueue(local_id)
    return job, draft


def _draft_or_none(ws: Workspace, local_id: int) -> Draft | None:
    try:
        return ws.drafts.get_draft(local_id)
    except StoreNotFoundError:
        return None


def _moved(draft: Draft) -> bool:
    assert draft.base is not None
    return bool(changed_fields(draft.base, without_annotations(draft.payload), schema=draft.kind))


# One sentence per kind (the noun's gender changes the words in other languages); the editor
# and the outbox translate them where they show them.
_CONFLICT: Final[dict[DraftKind, str]] = {
    DraftKind.EMAILS: QT_TRANSLATE_NOOP(
        "Publishing",
        "This email was changed on the server since you last got it: "
        "compare the versions and choose what to keep, then publish again.",
    ),
    DraftKind.CATEGORIES: QT_TRANSLATE_NOOP(
        "Publishing",
        "This category was changed on the server since you last got it: "
        "compare the versions and choose what to keep, then publish again.",
    ),
    DraftKind.SEGMENTS: QT_TRANSLATE_NOOP(
        "Publishing",
        "This segment was changed on the server since you last got it: "
        "compare the versions and choose what to keep, then publish again.",
    ),
    DraftKind.CAMPAIGNS: QT_TRANSLATE_NOOP(
        "Publishing",
        "This campaign was changed on the server since you last got it: "
        "compare the versions and choose what to keep, then publish again.",
    ),
    DraftKind.AB_CAMPAIGNS: QT_TRANSLATE_NOOP(
        "Publishing",
        "This A/B campaign was changed on the server since you last got it: "
        "compare the versions and choose what to keep, then publish again.",
    ),
    DraftKind.AUTO_CAMPAIGNS: QT_TRANSLATE_NOOP(
        "Publishing",
        "This automated campaign was changed on the server since you last got it: "
        "compare the versions and choose what to keep, then publish again.",
    ),
}


def _conflict_message(draft: Draft) -> str:
    return _CONFLICT[draft.kind]


def _after_dependency(dependency: _Dependency, result: PublishResult, other: Draft | None) -> Verdict:
    """This draft's verdict when the draft it needs could not be published first."""
    noun = dependency.kind.singular.lower()
    name = f"“{other.title}”" if other is not None else f"its {noun}"
    if result.outcome in PENDING_OUTCOMES:
        message = f"Waiting for the {noun} {name} to be published first: {result.message}"
        return Verdict(result.outcome, message, retry_after=None)
    reason = result.message or f"the {noun} draft is gone"
    return Verdict(Outcome.FAILED, f"The {noun} {name} could not be published first: {reason}")


def known_categories(ws: Workspace, account_id: int) -> set[int]:
    """The account's category ids the workspace knows the server has (maybe not all of them)."""
    return {int(rid) for rid in ws.drafts.remote_ids(account_id, DraftKind.CATEGORIES) if rid.isdigit()}


@dataclass(frozen=True, slots=True)
class _Dependency:
    annotation: str  # the payload's key holding the other draft's local id
    kind: DraftKind  # what the other draft is
    field: str  # the wire field its server id goes into
    gone: str  # the sentence when the other draft was deleted


_CAMPAIGN_EMAIL: Final = _Dependency(
    MESSAGE_LOCAL_ID, DraftKind.EMAILS, "message_id",
    QT_TRANSLATE_NOOP("Publishing", "The email this campaign sends was deleted: choose another email."),
)  # fmt: skip
_DEPENDENCIES: Final[dict[DraftKind, _Dependency]] = {
    DraftKind.CAMPAIGNS: _CAMPAIGN_EMAIL,
    DraftKind.AB_CAMPAIGNS: _CAMPAIGN_EMAIL,
    DraftKind.AUTO_CAMPAIGNS: _CAMPAIGN_EMAIL,
    DraftKind.EMAILS: _Dependency(
        CATEGORY_LOCAL_ID, DraftKind.CATEGORIES, "category",
        QT_TRANSLATE_NOOP("Publishing", "The category of this email was deleted: choose another category."),
    ),
}  # fmt: skip
