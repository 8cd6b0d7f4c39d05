"""The Reports page against the demo sandbox: the query string sent from what is clicked,
polling, the truncation warning, the totals row, the chart's series, presets, the
comparison, save and reopen, exports, and the bad-input paths."""

from __future__ import annotations

import csv
import datetime as dt
import io

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from app.domain.report_definition import ChartKind
from app.domain.report_presets import PresetKey
from app.domain.report_query import Period
from app.services.report_service import PollPolicy
from app.ui.reports.chart_panel import ChartPanel

from .conftest import PageEnv, wait_until

TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def check(env: PageEnv, groupings: tuple[str, ...], metrics: tuple[str, ...]) -> None:
    """Tick fields in the builder as a user does: one click on each row."""
    b = env.page.builder
    for picker, names in ((b.groupings, groupings), (b.metrics, metrics)):
        for name in names:
            item = picker.item_of(name)
            assert item is not None, name
            parent = item.parent()
            if parent is not None:
                parent.setExpanded(True)
            picker.scrollToItem(item)
            rect = picker.visualItemRect(item)
            QTest.mouseClick(picker.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_period(env: PageEnv, period: Period) -> None:
    combo = env.page.builder.filters.period
    combo.setCurrentIndex(combo.findData(period.value))


async def press_and_wait(env: PageEnv, button: QPushButton, within: float = 20.0) -> None:
    """Press a button that runs a report and wait until the run has ended, however it ended."""
    ended: list[bool] = []

    def on_end(*_args: object) -> None:
        ended.append(True)

    env.service.finished.connect(on_end)
    env.service.failed.connect(on_end)
    try:
        button.click()
        await wait_until(lambda: bool(ended) and not env.service.running, within)
    finally:
        env.service.finished.disconnect(on_end)
        env.service.failed.disconnect(on_end)


async def run_and_wait(env: PageEnv, within: float = 20.0) -> None:
    await press_and_wait(env, env.page.run_button, within)


def table_rows(env: PageEnv) -> list[list[str]]:
    proxy = env.page.table.proxy
    return [
        [str(proxy.index(r, c).data()) for c in range(proxy.columnCount())] for r in range(proxy.rowCount())
    ]


def test_the_query_built_by_clicking_is_the_one_sent(qloop, env: PageEnv) -> None:
    check(env, ("date",), ("sum_delivered", "open_rate_unique"))
    choose_period(env, Period.LAST_7_DAYS)
    qloop.run(run_and_wait(env))
    assert env.recorder.queries[-1] == (
        f"fields=date,sum_delivered,open_rate_unique&date=ge:{days_ago(6)}&date=le:{TODAY.isoformat()}"
    )
    rows = table_rows(env)
    assert rows[-1][0] == "Total" and "1970" not in " ".join(rows[-1])
    assert len(rows) == 7  # the demo's data ends yesterday: six days, and the totals
    spec = env.page.chart_panel.spec()
    assert [c[0] for c in spec.categories] == [days_ago(n) for n in range(6, -1, -1)]  # today drawn at zero
    assert spec.series[0].values[-1] == 0
    assert rows[-1][2].endswith("%") and "," in rows[-1][1]  # a rate in percent, a count with separators


def test_emails_and_campaigns_are_picked_by_name_and_sent_as_codes(qloop, env: PageEnv) -> None:
    check(env, ("message",), ("sum_sended",))
    filters = env.page.builder.filters
    names = [filters.campaigns.list.item(r).text() for r in range(filters.campaigns.list.count())]
    assert "sale — Weekend sale 40%" in names
    filters.campaigns.set_checked("S_1", True)
    filters.campaigns.set_checked("B_1", True)
    filters.emails.set_checked("L_3", True)
    choose_period(env, Period.LAST_90_DAYS)
    qloop.run(run_and_wait(env))
    assert env.recorder.queries[-1] == (
        "fields=message,sum_sended&message=L_3&post=in:S_1,B_1"
        f"&date=ge:{days_ago(89)}&date=le:{TODAY.isoformat()}"
    )
    assert [row[0] for row in table_rows(env)] == ["Weekend sale 40%", "Total"]  # the email's name, not L_3


def test_a_heavy_report_says_it_is_being_prepared_and_polls(qloop, env: PageEnv) -> None:
    seen: list[str] = []
    env.service.preparing.connect(lambda *_: seen.append(env.page.status.text()))
    env.service.poll = PollPolicy(first=0.3, cap=0.3, max_wait=20.0)
    check(env, ("date", "language", "client"), ("sum_opened",))
    choose_period(env, Period.LAST_7_DAYS)
    statuses: list[str] = []
    env.page.status.setText("")

    async def run() -> None:
        env.page.run_button.click()
        assert env.page.cancel_button.isEnabled() and not env.page.run_button.isEnabled()
        assert env.page.progress.isVisibleTo(env.page)
        await wait_until(lambda: "preparing" in env.page.status.text(), 10)
        statuses.append(env.page.status.text())
        await wait_until(lambda: env.service.last_answer is not None, 20)

    qloop.run(run())
    assert statuses[0].startswith("The server is preparing the report (asked 1 time)")
    assert len(env.recorder.queries) == 2 and env.recorder.queries[0] == env.recorder.queries[1]
    assert env.service.last_answer.polls == 2
    assert not env.page.progress.isVisibleTo(env.page) and env.page.run_button.isEnabled()


def test_a_cut_answer_warns_and_suggests_what_to_do(qloop, env: PageEnv) -> None:
    check(env, ("date", "country_name"), ("sum_delivered",))
    choose_period(env, Period.LAST_30_DAYS)
    qloop.run(run_and_wait(env))
    notice = env.page.cut_notice
    assert notice.isVisibleTo(env.page)
    assert notice.text().startswith("Only the first 99 rows came back")
    assert "Narrow the dates or drop a grouping field" in notice.text()
    assert env.page.table.proxy.rowCount() == 100  # 99 and the totals


def test_the_totals_row_stays_last_and_is_never_charted(qloop, env: PageEnv) -> None:
    check(env, ("country_name",), ("sum_delivered", "open_rate_unique"))
    choose_period(env, Period.LAST_30_DAYS)
    qloop.run(run_and_wait(env))
    table = env.page.table
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.sortByColumn(1, order)
        rows = table_rows(env)
        assert rows[-1][0] == "Total"
        counts = [int(r[1].replace(",", "")) for r in rows[:-1]]
        assert counts == sorted(counts, reverse=order == Qt.SortOrder.DescendingOrder)
    last = table.proxy.rowCount() - 1
    assert table.isRowHidden(last) and not table.isRowHidden(0)  # drawn below instead, always in view
    footer = table.footer
    assert footer.isVisibleTo(env.page) and footer.model().rowCount() == 1
    assert footer.model().index(0, 0).data() == "Total"
    assert footer.model().index(0, 1).data() == f"{env.service.last_answer.totals['sum_delivered']:,}"
    table.setColumnWidth(1, 300)
    assert footer.columnWidth(1) == 300  # the footer keeps to the table's columns
    chart = env.page.chart_panel.chart
    assert "Total" not in chart.category_labels() and "" not in chart.category_labels()
    answer = env.service.last_answer
    assert len(chart.spec.categories) == len(answer.rows)
    assert chart.series_names() == ["Delivered", "Unique open rate"]
    total = sum(v for v in chart.spec.series[0].values)
    assert total == answer.totals["sum_delivered"]  # every group drawn once, the totals row not at all


def test_a_line_over_days_with_gaps_as_zero(qloop, env: PageEnv) -> None:
    # A one-time campaign sends on one day: the other days of the period are zeros on the line.
    check(env, ("date",), ("sum_sended", "open_rate_unique"))
    env.page.builder.filters.campaigns.set_checked("S_1", True)
    choose_period(env, Period.LAST_90_DAYS)
    qloop.run(run_and_wait(env))
    spec = env.page.chart_panel.spec()
    assert spec.kind is ChartKind.LINE and len(spec.categories) == 90
    sent = spec.series[0].values
    assert sum(1 for v in sent if v) == len(env.service.last_answer.rows) == 1
    assert env.page.chart_panel.chart.series_names() == ["Sent", "Unique open rate"]
    hover = env.page.chart_panel.chart.hover_text(sent.index(max(sent)))
    assert "Sent: " in hover and "Unique open rate: " in hover


def test_the_chart_draws_the_figures_chosen(qloop, env: PageEnv) -> None:
    check(env, ("client",), ("sum_opened_unique", "sum_clicked_unique", "ctor"))
    qloop.run(run_and_wait(env))
    panel: ChartPanel = env.page.chart_panel
    assert panel.chart.series_names() == ["Unique opens", "Unique clicks", "Click-to-open rate"]
    panel.set_metric_drawn("sum_clicked_unique", False)
    assert panel.chart.series_names() == ["Unique opens", "Click-to-open rate"]
    panel.kind.setCurrentIndex(panel.kind.findData(ChartKind.LINE.value))
    assert panel.spec().kind is ChartKind.LINE
    assert env.page.definition().chart.metrics == ("sum_opened_unique", "ctor")


def test_each_preset_and_a_comparison_of_three_campaigns(qloop, env: PageEnv) -> None:
    presets = env.page.presets
    env.page.tabs.setCurrentIndex(1)
    for key, subject in [
        (PresetKey.CAMPAIGN_DAYS, "S_2"),
        (PresetKey.AB_VARIANTS, "B_1"),
        (PresetKey.EMAIL_LANGUAGES, "L_1"),
        (PresetKey.BY_COUNTRY, None),
        (PresetKey.BY_CLIENT, None),
        (PresetKey.BY_HOUR, None),
        (PresetKey.BY_WEEKDAY, None),
    ]:
        presets.select(key)
        if subject:
            presets.set_subject(subject)
        qloop.run(press_and_wait(env, presets.run_button))
        answer = env.service.last_answer
        assert answer.definition.preset == key.value and answer.rows, key
        assert env.page.builder.query() == answer.definition.query  # the builder shows what was run

    for code in ("S_1", "B_1", "A_1"):
        presets.compare.set_checked(code, True)
    assert presets.compare_button.isEnabled()

    qloop.run(press_and_wait(env, presets.compare_button))
    assert env.recorder.queries[-1].startswith(
        "fields=post,sum_sended,sum_delivered,open_rate_unique,click_rate_unique,ctor,unsub_rate"
        "&post=in:S_1,B_1,A_1&date=ge:"
    )
    chart = env.page.chart_panel.chart
    assert chart.series_names() == [
        "sale — Weekend sale 40%",
        "A/B campaign: Win-back: 30 days away",
        "Automated campaign: Welcome series #1",
    ]
    assert chart.category_labels() == [
        "Unique open rate",
        "Unique click rate",
        "Click-to-open rate",
        "Unsubscribe rate",
    ]
    assert env.page.summary.text().startswith("Campaigns compared")


def test_a_saved_report_reopens_with_one_click(qloop, env: PageEnv) -> None:
    check(env, ("hour",), ("sum_sended", "open_rate_unique"))
    choose_period(env, Period.LAST_30_DAYS)
    qloop.run(run_and_wait(env))
    sent = env.recorder.queries[-1]
    env.page.chart_panel.set_metric_drawn("sum_sended", False)
    saved = qloop.run(env.page.save_as("Hours of the month"))
    assert saved is not None
    qloop.run(wait_until(lambda: env.page.saved.names() == ["Hours of the month"]))
    assert env.page.tabs.tabText(2) == "Saved (1)"

    check(env, ("hour",), ("sum_clicked",))  # the builder changes: hour off, clicks on
    assert env.page.builder.query().groupings == ()

    async def reopen() -> None:
        before = env.service.last_answer
        item = env.page.saved.item_named("Hours of the month")
        rect = env.page.saved.list.visualItemRect(item)
        QTest.mouseClick(env.page.saved.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        await wait_until(lambda: env.service.last_answer is not before and not env.service.running, 20)

    qloop.run(reopen())
    assert env.recorder.queries[-1] == sent
    assert env.page.builder.query().groupings == ("hour",)
    assert env.page.chart_panel.chart.series_names() == [
        "Unique open rate"
    ]  # the chart choices came back too


def test_saving_under_a_name_in_use_asks_before_replacing(qloop, env: PageEnv) -> None:
    check(env, ("client",), ("sum_opened",))
    assert qloop.run(env.page.save_as("Clients")) is not None
    check(env, (), ("sum_clicked",))
    assert qloop.run(env.page.save_as("Clients")) is None
    box = env.page._dialog
    assert box is not None and "exists already" in box.text()
    replace = next(b for b in box.buttons() if b.text() == "Replace")

    async def confirm() -> None:
        replace.click()
        await wait_until(lambda: "Saved as" in env.page.status.text())

    qloop.run(confirm())
    (report,) = qloop.run(env.service.saved_reports())
    assert report.parsed().query.metrics == ("sum_opened", "sum_clicked")


def test_csv_export_has_a_bom_and_plain_numbers(qloop, env: PageEnv, tmp_path) -> None:
    check(env, ("language",), ("sum_delivered", "open_rate_unique"))
    choose_period(env, Period.LAST_30_DAYS)
    qloop.run(run_and_wait(env))
    target = tmp_path / "languages.csv"
    assert qloop.run(env.page.save_csv(target))
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Language", "Delivered", "Unique open rate (%)"]
    assert rows[-1][0] == "Total" and rows[-1][1] == str(env.service.last_answer.totals["sum_delivered"])
    assert all(r[1].isdigit() for r in rows[1:])
    assert "Russian" in [r[0] for r in rows]
    assert float(rows[1][2]) == round(env.service.last_answer.rows[0]["open_rate_unique"] * 100, 4)


def test_copy_gives_tab_separated_text_and_the_chart_exports_as_png(qloop, env: PageEnv, tmp_path) -> None:
    check(env, ("day_of_week",), ("sum_sended",))
    choose_period(env, Period.LAST_30_DAYS)
    qloop.run(run_and_wait(env))
    env.page.copy_button.click()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0] == "Day of the week\tSent"
    assert lines[1].startswith("Monday\t") and lines[-1].startswith("Total\t")
    target = tmp_path / "chart.png"
    assert qloop.run(env.page.save_chart_png(target))
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_a_server_error_shows_and_the_last_result_stays(qloop, env: PageEnv) -> None:
    check(env, ("client",), ("sum_delivered",))
    qloop.run(run_and_wait(env))
    rows = table_rows(env)
    env.page.builder.other_field.setText("sum_of_wonders")
    env.page.builder.add_field.click()
    assert "not a field this app knows" in env.page.builder.problems.text()
    assert env.page.run_button.isEnabled()  # unknown names are allowed: the server decides
    qloop.run(run_and_wait(env))
    assert env.page.banner.isVisibleTo(env.page)
    assert (
        "The server could not make this report: unknown field 'sum_of_wonders'" in env.page.banner_text.text()
    )
    assert not env.page.retry_button.isVisibleTo(env.page)  # asking again will not help: change the fields
    assert table_rows(env) == rows


def test_start_after_end_cannot_run_and_says_why(qloop, env: PageEnv) -> None:
    check(env, ("date",), ("sum_sended",))
    filters = env.page.builder.filters
    choose_period(env, Period.CUSTOM)
    filters.start.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    filters.end.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(-5))
    assert not env.page.run_button.isEnabled()
    assert "is after the end date" in env.page.builder.problems.text()
    assert "is after the end date" in env.page.run_button.toolTip()
    filters.end.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    assert env.page.run_button.isEnabled()


def test_cancel_keeps_the_last_result(qloop, env: PageEnv) -> None:
    check(env, ("client",), ("sum_delivered",))
    qloop.run(run_and_wait(env))
    good = env.service.last_answer
    env.service.poll = PollPolicy(first=30.0, cap=30.0, max_wait=60.0)
    check(env, ("language", "country_name"), ())  # three groupings: the server prepares it first

    async def cancel() -> None:
        env.page.run_button.click()
        await wait_until(lambda: "preparing" in env.page.status.text(), 10)
        env.page.cancel_button.click()
        await wait_until(lambda: not env.service.running, 5)

    qloop.run(cancel())
    assert env.page.status.text() == "Cancelled. The last result stays on screen."
    assert env.service.last_answer is good and env.page.table.proxy.rowCount() == len(good.rows) + 1
    assert env.page.run_button.isEnabled()


def test_a_dropped_connection_offers_retry(qloop, make_env, sandbox_factory) -> None:
    running = sandbox_factory(demo=True)
    env = make_env(running)
    check(env, ("client",), ("sum_delivered",))
    qloop.run(run_and_wait(env))
    rows = table_rows(env)
    running.stop()
    qloop.run(run_and_wait(env))
    assert env.page.banner_text.text().startswith("The report did not arrive.")
    assert env.page.retry_button.isVisibleTo(env.page)
    assert table_rows(env) == rows


def test_without_an_account_the_page_says_what_to_do(qloop, make_env) -> None:
    env = make_env(None, select=False)
    assert env.page.stack.currentWidget() is env.page.empty_state
    assert env.page.empty_state.title() == "No account selected"
    assert not env.page.run_button.isEnabled() and not env.page.save_button.isEnabled()


def test_before_the_first_run_the_page_says_how_to_start(qloop, env: PageEnv) -> None:
    assert env.page.empty_state.title() == "No report yet"
    assert "Run" in env.page.empty_state.text() and "presets" in env.page.empty_state.text()
    assert env.page.builder.filters.note.text() == "Without dates the server reports on the last week."
    check(env, ("date", "client"), ())
    note = env.page.builder.grouping_note.text()
    assert note.startswith("Grouped by Date → Mail client.") and "slower and may cut the result" in note


def test_no_rows_for_the_filters_is_its_own_empty_state(qloop, env: PageEnv) -> None:
    check(env, ("date",), ("sum_sended",))
    env.page.builder.filters.campaigns.set_checked("S_4", True)  # planned, never sent
    qloop.run(run_and_wait(env))
    assert env.page.stack.currentWidget() is env.page.empty_state
    assert env.page.empty_state.title() == "Nothing to show"
