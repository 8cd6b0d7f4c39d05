"""The texts of the Help menu: keyboard shortcuts grouped by menu, and About."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app import __version__
from app.services.locations import log_folder


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def shortcuts_html(groups: list[tuple[str, list[tuple[str, str]]]], sections: list[tuple[str, str]]) -> str:
    """One table per menu, each line "Ctrl+N — New email"; then the sections' keys."""
    parts = []
    all_groups = [*groups, (_t("Sections"), sections)] if sections else groups
    for title, rows in all_groups:
        lines = "".join(
            f"<tr><td style='padding-right:8px'><b>{html.escape(keys)}</b></td>"
            f"<td>— {html.escape(what)}</td></tr>"
            for keys, what in rows
        )
        parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(title)}</b></p><table>{lines}</table>")
    return "".join(parts)


def about_html(workspace: str) -> str:
    """Version, licence, and where this computer keeps the workspace and the logs."""
    logs = str(log_folder())
    rows = [
        (_t("Version"), __version__),
        (
            _t("Licence"),
            _t("Proprietary: all rights reserved. Qt and PySide6 are used under the GNU LGPL v3."),
        ),
        (_t("Workspace"), workspace or _t("not open")),
        (_t("Log files"), logs),
    ]
    table = "".join(
        f"<tr><td style='padding-right:8px'><b>{html.escape(label)}</b></td>"
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    intro = _t(
        "Write email campaigns offline in ten languages and publish them to your email service "
        "when you are ready."
    )
    title = f"<p><b>Campaign Studio {html.escape(__version__)}</b></p>"
    return f"{title}<p>{html.escape(intro)}</p><table>{table}</table>"
