"""The code editor of email bodies (HTML, AMP, plain text) and segment conditions (JSON)."""

from app.ui.code_editor.editor import MODES, CodeEditor

__all__ = ["MODES", "CodeEditor"]
