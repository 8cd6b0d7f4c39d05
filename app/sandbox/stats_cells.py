"""One cell of recipients: who they are (language, city, client) and what they did.

The hot loop of the statistics generator lives here; see ``stats_data`` for the design.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from typing import Final

from app.domain.stats_fields import COUNTERS
from app.sandbox import stats_dimensions as dims

# The order in which cell_counters returns them.
COUNTER_COLUMNS: Final = (
    "sum_total",
    "sum_selected",
    "sum_sended",
    "sum_delivered",
    "sum_opened",
    "sum_opened_unique",
    "sum_clicked",
    "sum_clicked_unique",
    "sum_unsubscribed",
    "sum_spam_reports",
    "sum_churn",
    "sum_stop_total",
    "sum_stop_invalid",
    "sum_stop_nonexistent",
    "sum_stop_spam_added",
    "sum_stop_gdpr",
    "sum_stop_unsubscr",
    "sum_bounce_total",
    "sum_bounce_nonexistent",
    "sum_bounce_temp_unavailable",
    "sum_bounce_spam",
    "sum_bounce_other",
    "sum_stop_sendlog_added",
    "sum_stop_letter_single_quarantine",
    "sum_stop_inactive",
    "sum_stop_noaddress",
    "sum_stop_send_policy",
    "sum_stop_external_check",
)
assert sorted(COUNTER_COLUMNS) == sorted(COUNTERS), "the fact table must store every counter"


def _conditional(shares: Sequence[float]) -> tuple[float, ...]:
    """Turn shares of a whole into the chance of each part given the parts before it."""
    out, rest = [], 1.0
    for share in shares[:-1]:
        out.append(share / rest)
        rest -= share
    return tuple(out)


# invalid, nonexistent, spam complaints, GDPR, (unsubscribed: the rest)
_Q1, _Q2, _Q3, _Q4 = _conditional((0.2, 0.35, 0.1, 0.05, 0.3))
# nonexistent, temporarily unavailable, spam, (other: the rest)
_B1, _B2, _B3 = _conditional((0.4, 0.3, 0.1, 0.2))


def cell_counters(
    rnd: Callable[[], float], total: int, p_open: float, ctor: float, p_bounce: float
) -> tuple[int, ...]:
    """Every counter of one cell of ``total`` recipients.

    ``int(n * p + rnd())`` is ``n * p`` rounded up or down at random: unbiased, never
    above ``n`` for ``p <= 1``, and an order of magnitude cheaper than a binomial draw,
    which keeps the demo's generation fast. Cells differ through their jittered rates.
    Inlined on purpose: this runs for every row.
    """
    noaddress = int(total * 0.003 + rnd())
    send_policy = int((total - noaddress) * 0.008 + rnd())
    inactive = int((total - noaddress - send_policy) * 0.012 + rnd())
    selected = total - noaddress - send_policy - inactive
    left = stop_total = int(selected * 0.012 + rnd())
    q_invalid = int(left * _Q1 + rnd())
    left -= q_invalid
    q_nonexistent = int(left * _Q2 + rnd())
    left -= q_nonexistent
    q_spam = int(left * _Q3 + rnd())
    left -= q_spam
    q_gdpr = int(left * _Q4 + rnd())
    q_unsubscribed = left - q_gdpr
    sendlog = int((selected - stop_total) * 0.002 + rnd())
    single = int((selected - stop_total - sendlog) * 0.001 + rnd())
    external = int((selected - stop_total - sendlog - single) * 0.001 + rnd())
    sent = selected - stop_total - sendlog - single - external
    left = bounce_total = int(sent * p_bounce + rnd())
    b_nonexistent = int(left * _B1 + rnd())
    left -= b_nonexistent
    b_temporary = int(left * _B2 + rnd())
    left -= b_temporary
    b_spam = int(left * _B3 + rnd())
    b_other = left - b_spam
    delivered = sent - bounce_total
    opened_unique = int(delivered * p_open + rnd())
    opened = min(delivered, opened_unique + int(opened_unique * 0.45 + rnd()))
    clicked_unique = int(opened_unique * ctor + rnd())
    clicked = min(delivered, clicked_unique + int(clicked_unique * 0.35 + rnd()))
    unsubscribed = int(delivered * 0.0025 + rnd())
    spam = min(delivered - unsubscribed, int(delivered * 0.0004 + rnd()))
    return (
        total, selected, sent, delivered, opened, opened_unique, clicked, clicked_unique,
        unsubscribed, spam, unsubscribed + spam + bounce_total,
        stop_total, q_invalid, q_nonexistent, q_spam, q_gdpr, q_unsubscribed,
        bounce_total, b_nonexistent, b_temporary, b_spam, b_other,
        sendlog, single, inactive, noaddress, send_policy, external,
    )  # fmt: skip


class Audience:
    """The joint distribution of a recipient's (language, city, client), ready to draw from."""

    def __init__(self, languages: Sequence[str]) -> None:
        languages = list(languages) or ["en"]
        self.keys: list[tuple[str, int, str]] = []
        weights: list[float] = []
        for rank, language in enumerate(languages):
            # The campaign's first language is its main one; the others get less.
            language_weight = 1.0 / (rank + 1)
            for country, country_weight in dims.LANGUAGE_COUNTRIES.get(language, (("United States", 1),)):
                in_country = [(i, w) for i, (_, _, k, w) in enumerate(dims.CITIES, 1) if k == country]
                country_total = sum(w for _, w in in_country)
                clients = dims.clients_of(country)
                clients_total = sum(w for _, w in clients)
                for city_id, city_weight in in_country:
                    for client, client_weight in clients:
                        self.keys.append((language, city_id, client))
                        weights.append(
                            language_weight
                            * country_weight
                            * city_weight
                            / country_total
                            * client_weight
                            / clients_total
                        )
        self.cum = cumulative(weights)

    def draw(self, rnd: Callable[[], float]) -> tuple[str, int, str]:
        return self.keys[bisect(self.cum, rnd() * self.cum[-1])]


def cumulative(weights: Sequence[float]) -> list[float]:
    out, acc = [], 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Largest-remainder split of ``total`` in proportion to ``weights``."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [int(x) for x in exact]
    for i in sorted(range(len(parts)), key=lambda i: parts[i] - exact[i])[: total - sum(parts)]:
        parts[i] += 1
    return parts
