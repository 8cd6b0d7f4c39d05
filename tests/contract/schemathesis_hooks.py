"""Custom checks for the schemathesis run of ``test_schemathesis``, loaded by its CLI.

Two things the sandbox does on purpose that no JSON Schema can state, each checked here as
narrowly as it can be instead of switching a built-in check off for good:

* Relations between fields and objects: an email's ``category``, a campaign's
  ``message_id``/``source_id`` must name objects that exist; a source type decides which
  other fields go with it; two items of a users batch may not name one profile. A request
  valid by the schema can break them, and the sandbox answers 400 naming the field.
  ``positive_data_accepted_but_for_relations`` replaces ``positive_data_acceptance`` on the
  operations in :data:`RELATED_OPERATIONS` and excuses a 400 only when every message in it is
  one of those rules' own sentences.
* email-validator's rules for ``from_address`` (label lengths, top-level domains, special-use
  names) are more than a pattern can say; the description publishes the shape every address
  has. On those same operations a 400 for ``from_address`` is excused when the address sent
  had that shape.
* The report builder (GET /stats/) answers 200 with ``error`` set, as the provider's
  reference has it, to a query it cannot run. ``stats_refuses_in_error`` replaces
  ``negative_data_rejection`` there and demands that ``error`` says why.
"""

from __future__ import annotations

import re
from typing import Any, Final

import schemathesis

from app.domain.formats import EMAIL_SHAPE
from app.domain.validation import EMAIL_EXAMPLE
from app.sandbox.profiles import SHARED_KEY
from app.sandbox.rules import CROSS_FIELD_MESSAGES

# Operations (by label) whose schema-valid requests may still break a relation.
RELATED_OPERATIONS: Final = frozenset({
    "POST /emails/", "PUT /emails/{id}/", "PATCH /emails/{id}/",
    *(f"{method} /{kind}/{suffix}" for kind in ("campaigns", "ab-campaigns", "auto-campaigns")
      for method, suffix in (("POST", ""), ("PUT", "{id}/"))),
    "POST /users/batch/",
})
RELATED_OPERATION_IDS: Final = (
    "emails_create", "emails_replace", "emails_update",
    *(f"{kind}_{op}" for kind in ("campaigns", "ab_campaigns", "auto_campaigns")
      for op in ("create", "replace")),
    "users_upsert_many",
)
STATS_OPERATION_ID: Final = "stats_query"

_NO_SUCH: Final = re.compile(r"There is no (category|email|segment) with id -?[0-9]+\.")
_SHARED: Final = re.compile(rf"Items [0-9]+ and [0-9]+ of the array share (uid|phone|email|wp_token) .*: "
                            rf"{re.escape(SHARED_KEY)}", re.DOTALL)
# What the built-in check allows a valid request to get (schemathesis' defaults).
_ACCEPTED: Final = range(200, 400)
_ALSO_FINE: Final = frozenset({401, 403, 404, 409, 429})


def _is_relation(message: str) -> bool:
    return (message in CROSS_FIELD_MESSAGES or _NO_SUCH.fullmatch(message) is not None
            or _SHARED.fullmatch(message) is not None)


def _excused(body: Any, sent: Any) -> bool:
    """True when every message of a 400 body is a relation, or email-validator's refusal of an
    address that has the published shape."""
    if not isinstance(body, dict) or not body:
        return False
    if set(body) == {"detail"} and isinstance(body["detail"], str):
        return _is_relation(body["detail"])
    for name, messages in body.items():
        if not isinstance(messages, list) or not all(isinstance(m, str) for m in messages):
            return False
        address = sent.get(name) if isinstance(sent, dict) and name == "from_address" else None
        shaped = isinstance(address, str) and EMAIL_SHAPE.fullmatch(address) is not None
        for message in messages:
            if not ((shaped and message == EMAIL_EXAMPLE) or _is_relation(message)):
                return False
    return True


def _mode(case: Any) -> Any:
    meta = getattr(case, "meta", None)
    return None if meta is None else meta.generation.mode


@schemathesis.check
def positive_data_accepted_but_for_relations(ctx: Any, response: Any, case: Any) -> bool | None:
    mode = _mode(case)
    if case.operation.label not in RELATED_OPERATIONS or mode is None or not mode.is_positive:
        return None
    status = response.status_code
    if status in _ACCEPTED or status in _ALSO_FINE or status >= 500:  # 5xx: not_a_server_error's call
        return None
    if status == 400 and _excused(response.json(), case.body):
        return None
    raise AssertionError(
        f"A request valid by the schema was refused with {status}, and not for a relation between "
        f"fields or objects: {response.text[:500]}"
    )


@schemathesis.check
def stats_refuses_in_error(ctx: Any, response: Any, case: Any) -> bool | None:
    mode = _mode(case)
    if case.operation.label != "GET /stats/" or mode is None or not mode.is_negative:
        return None
    if response.status_code != 200:
        return None  # 401 and kin: the other checks judge those
    body = response.json()
    if not isinstance(body, dict) or not isinstance(body.get("error"), str) or not body["error"]:
        raise AssertionError(f"A report query that breaks the schema got no error: {response.text[:500]}")
    return None


@schemathesis.hook
def filter_query(context: Any, query: dict[str, Any] | None) -> bool:
    """Leave out generated queries holding a null: the HTTP library drops such a parameter, so
    the request that reaches the server is not the (negative) case that was generated, and
    a valid request answered 200 was reported as "schema-violating request accepted"."""
    if not query:
        return True
    return all(value is not None and not (isinstance(value, list) and None in value)
               for value in query.values())
