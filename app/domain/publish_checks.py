"""What stops a draft from being published: the problems the app already knows the server
would refuse. Nothing with such a problem is sent, queued or retried.

The editors show the same problems as hints while the user types; publishing refuses
them with the fields named, so the user is sent to the first one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any, Final

from app.domain.annotations import CATEGORY_LOCAL_ID, LOCAL_PREFIX, MESSAGE_LOCAL_ID, unparsed_fields
from app.domain.kinds import DraftKind
from app.domain.sentences import QT_TRANSLATE_NOOP
from app.domain.validation import Errors, validate_payload

# Shown as field messages (app.domain.field_messages), translated in their context.
NOT_JSON: Final = QT_TRANSLATE_NOOP("FieldMessages", "This is not valid JSON yet.")
UNKNOWN_CATEGORY: Final = QT_TRANSLATE_NOOP(
    "FieldMessages", "This category does not exist in the account: choose one from the list."
)


def publish_problems(
    kind: DraftKind, payload: Mapping[str, Any], *, categories: Collection[int] | None = None
) -> Errors:
    """Field errors (wire key -> messages) that keep ``payload`` from being published.

    ``categories``: the account's known category ids; None when the app does not know
    them (never pulled), and then only the server can tell whether an email's category exists.
    """
    schema = kind.schema
    wire = {k: v for k, v in payload.items() if not k.startswith(LOCAL_PREFIX) and k not in schema.read_only}
    errors = validate_payload(schema, wire)
    # A dependency that is itself a local draft is published first and fills the id in.
    if kind.is_campaign and payload.get(MESSAGE_LOCAL_ID) is not None:
        errors.pop("message_id", None)
    has_local_category = kind is DraftKind.EMAILS and payload.get(CATEGORY_LOCAL_ID) is not None
    if has_local_category:
        errors.pop("category", None)
    for name in unparsed_fields(payload):
        errors[name] = [NOT_JSON]
    category = payload.get("category")
    if (
        kind is DraftKind.EMAILS
        and categories is not None
        and not has_local_category
        and isinstance(category, int)
        and not isinstance(category, bool)
        and category not in categories
        and "category" not in errors
    ):
        errors["category"] = [UNKNOWN_CATEGORY]
    return errors


def first_problem(errors: Mapping[str, Any], order: Collection[str]) -> str | None:
    """The field to send the user to: the first of ``order`` (the form's order) with a
    problem, else any."""
    for name in order:
        if name in errors:
            return name
    return next(iter(errors), None)
