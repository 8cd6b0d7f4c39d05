"""User profiles (one, or many in concurrent batches) and events."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import orjson

from app.api.resources import JsonDict, JsonList, Resource
from app.api.responses import wrong_shape
from app.domain.profiles import merge_profiles

Progress = Callable[[int, int], None]


class Users(Resource):
    async def upsert(self, profile: Mapping[str, Any]) -> JsonDict:
        """Create or update one profile; the answer echoes only the declared fields."""
        return await self._object("POST", self.endpoint.collection, json=dict(profile))

    async def upsert_merged(self, profiles: Sequence[Mapping[str, Any]]) -> JsonList:
        """Upsert ``profiles`` in one request, as they are: the caller has merged them
        already (one hashmap per profile, e.g. with ``merge_profiles``), so they are not
        merged again. Returns what the server stored, in order."""
        if self.endpoint.batch is None:
            raise ValueError(f"{self.endpoint.name} has no batch operation")
        if not profiles:
            return []
        path = self.endpoint.batch
        stored = await self._http.call("POST", path, content=orjson.dumps(list(profiles)))
        if not isinstance(stored, list):
            raise wrong_shape("a list of profiles", stored, method="POST", path=path, idempotent=False)
        return stored

    async def upsert_many(
        self,
        profiles: Iterable[Mapping[str, Any]],
        *,
        batch_size: int = 1000,
        concurrency: int = 4,
        on_progress: Progress | None = None,
    ) -> JsonList:
        """Upsert ``profiles`` in batches, ``concurrency`` requests at a time.

        Updates of one profile are merged first (one hashmap per profile, as the API
        demands), so no two batches touch the same profile either. Returns what the
        server stored, in order. On the first failed batch the others are cancelled and
        its error is raised; ``on_progress(done, total)`` has counted the profiles of the
        batches that succeeded until then.
        """
        if batch_size < 1 or concurrency < 1:
            raise ValueError("batch_size and concurrency must be at least 1")
        if self.endpoint.batch is None:
            raise ValueError(f"{self.endpoint.name} has no batch operation")
        path = self.endpoint.batch
        merged = merge_profiles(profiles)
        batches = [merged[i : i + batch_size] for i in range(0, len(merged), batch_size)]
        if not batches:
            return []
        results: list[JsonList] = [[] for _ in batches]
        pending = iter(range(len(batches)))
        done = 0

        async def worker() -> None:
            nonlocal done
            for index in pending:  # the shared iterator hands each batch to one worker
                body = orjson.dumps(batches[index])
                stored = await self._http.call("POST", path, content=body)
                if not isinstance(stored, list):
                    raise wrong_shape(
                        "a list of profiles", stored, method="POST", path=path, idempotent=False
                    )
                results[index] = stored
                done += len(batches[index])
                if on_progress is not None:
                    on_progress(done, len(merged))

        workers = [asyncio.ensure_future(worker()) for _ in range(min(concurrency, len(batches)))]
        try:
            finished, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
            for task in finished:
                task.result()  # raises the first failure
        finally:
            for task in workers:
                task.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
        return [profile for stored in results for profile in stored]


class Events(Resource):
    async def send(self, name: str, payload: Any) -> JsonDict:
        """Record event ``name``; ``payload`` is any JSON value (the reference shows an object)."""
        return await self._object("POST", self.endpoint.collection, json={"name": name, "payload": payload})
