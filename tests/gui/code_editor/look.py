"""Look at the code editor as a user sees it: a demo email with a style block, template
tags, two marked lines and the find bar open, in the light and the dark palette.

Needs a display (screenshots under ``offscreen`` do not show real rendering)::

    Xvfb :93 -screen 0 1400x900x24 -nolisten tcp &
    DISPLAY=:93 QT_QPA_PLATFORM=xcb .venv/bin/python -m tests.gui.code_editor.look /tmp/code-editor

writes ``light.png``, ``dark.png``, ``go-to-line.png`` and ``long-line.png`` (the notice offering
Format) there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.authoring.html_format import format_html
from app.sandbox import demo_content
from app.sandbox.demo import _email_payload
from app.ui.code_editor import CodeEditor
from app.ui.theme import Theme

EXTRAS = """<style>
  .button { color: #ffffff !important; padding: 12px 24px; }
  @media (max-width: 600px) {
    .col { width: 100% !important; }
  }
</style>
"""


def demo_email() -> str:
    html = _email_payload(*demo_content.EMAILS[0])["text_html"]
    html = html.replace("</title></head>", "</title>\n" + EXTRAS + "</head>")
    html = html.replace("Your fleet is ready", "{{ first_name | default('Commander') }}, your fleet is ready")
    badge = '{% if vip %}<img src="vip.png" width="40">{% endif %}'
    html = html.replace("<h1", f"<!-- greeting: personalised -->\n{badge}<h1")
    return format_html(html)


def shoot(editor: CodeEditor, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
        QTest.qWait(50)
    editor.window().grab().save(str(path))
    print(f"saved {path}")


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    theme = Theme(app, forced=Qt.ColorScheme.Light)
    editor = CodeEditor("html")
    editor.setWindowTitle("Code editor")
    editor.resize(1100, 720)
    editor.load_text(demo_email())
    editor.show()
    text = editor.text().split("\n")
    image_line = next(i for i, line in enumerate(text, 1) if "vip.png" in line)
    link_line = next(i for i, line in enumerate(text, 1) if "<a href" in line)
    editor.mark_lines(
        {
            image_line: (
                "warning",
                "This image has no alt text: blocked images and screen readers show nothing.",
            ),
            link_line: ("info", "This link has no tracking parameter."),
        }
    )
    editor.open_find(replacing=True)
    QTest.keyClicks(editor.find_bar.find_field, "padding")
    editor.find_bar.replace_field.setText("margin")
    editor.finder.next()
    for scheme, name in ((Qt.ColorScheme.Light, "light"), (Qt.ColorScheme.Dark, "dark")):
        theme.force(scheme)
        shoot(editor, out / f"{name}.png")
    editor.find_bar.close_bar()
    editor.open_go_to_line()
    shoot(editor, out / "go-to-line.png")
    editor.go_to_line_bar.close_bar()
    editor.load_text(demo_email().replace("\n", "") * 6)
    shoot(editor, out / "long-line.png")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/code-editor")
