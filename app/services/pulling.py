"""Pull: bring the server's lists into the workspace, never overwriting local work.

The store decides, in one transaction per kind, what each remote object does to the
drafts (new ones come in, pristine ones are refreshed, edited ones keep the user's
version and remember the server's); this module only fetches the lists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from app.domain.drafts import PullResult
from app.domain.kinds import DraftKind
from app.services.publish_inlining import in_editor_terms
from app.services.store_access import WorkspaceRunner
from app.store.workspace import Workspace

if TYPE_CHECKING:
    from app.api.client import ApiClient

log = logging.getLogger(__name__)

PULL_ORDER: tuple[DraftKind, ...] = (
    DraftKind.CATEGORIES,
    DraftKind.EMAILS,
    DraftKind.SEGMENTS,
    DraftKind.CAMPAIGNS,
    DraftKind.AB_CAMPAIGNS,
    DraftKind.AUTO_CAMPAIGNS,
)

# (kinds done, kinds in all, the kind just pulled with its result)
PullProgress = Callable[[int, int, DraftKind, PullResult], None]


async def pull_kind(api: ApiClient, runner: WorkspaceRunner, account_id: int, kind: DraftKind) -> PullResult:
    """Fetch every remote object of ``kind`` and merge them into the account's drafts."""
    listed: list[dict[str, Any]] = await getattr(api, kind.value).list()

    def apply(ws: Workspace) -> PullResult:
        # A copy we published with local annotations (inlined HTML, datafiles) is read in
        # their light, so an unchanged one compares equal to the draft's base.
        bases = ws.drafts.bases_with_annotations(account_id, kind)
        objects = [in_editor_terms(obj, bases.get(str(obj.get(kind.id_field)))) for obj in listed]
        return ws.drafts.apply_pull(account_id, kind, objects)

    result = await runner.call(apply)
    log.info("pulled %d %s: %s", len(listed), kind.value, result)
    return result


async def pull(
    api: ApiClient,
    runner: WorkspaceRunner,
    account_id: int,
    kinds: Sequence[DraftKind] | None = None,
    progress: PullProgress | None = None,
) -> dict[DraftKind, PullResult]:
    """Pull each kind in turn (all by default); an API error stops at the failing kind."""
    chosen = list(PULL_ORDER if kinds is None else kinds)
    results: dict[DraftKind, PullResult] = {}
    for number, kind in enumerate(chosen, start=1):
        results[kind] = await pull_kind(api, runner, account_id, kind)
        if progress is not None:
            progress(number, len(chosen), kind, results[kind])
    return results
