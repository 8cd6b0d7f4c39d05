"""Preferences: the language of the app (the system's, English or Russian).

The choice is stored in the app's QSettings (``app.i18n.LANGUAGE_SETTING``) and applied by
``install_translations`` when the app next starts: translations are loaded before the first
window exists, so switching while windows are open would leave half of them in the old
language. The dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import UI_LANGUAGES, chosen_language, set_chosen_language


def language_name(language: str) -> str:
    """A language as its speakers write it ("English", "Русский"), so that everyone finds
    their own whatever language the app is in."""
    name = QLocale(language).nativeLanguageName()
    if language == "en":
        name = "English"  # QLocale says "American English"
    return name[:1].upper() + name[1:]


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._saved = chosen_language(settings)

        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        system = QLocale.system().nativeLanguageName()
        self.language.addItem(
            self.tr("As the system ({0})").format(system[:1].upper() + system[1:])
            if system
            else self.tr("As the system"),
            None,
        )
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._saved)))
        self.language.currentIndexChanged.connect(self._update_note)

        self.note = QLabel()
        self.note.setObjectName("restartNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("&Language of the app:"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update_note()

    def selected_language(self) -> str | None:
        """The language chosen in the list; None to follow the system."""
        data = self.language.currentData()
        return data if isinstance(data, str) else None

    def accept(self) -> None:
        choice = self.selected_language()
        if choice != self._saved:
            set_chosen_language(choice, self._settings)
            self._saved = choice
        super().accept()

    def _update_note(self) -> None:
        choice = self.selected_language()
        if choice == self._saved:
            self.note.setText(self.tr("A new language applies when you restart Campaign Studio."))
        elif choice is None:
            self.note.setText(self.tr("Campaign Studio will follow the system language when you restart it."))
        else:
            self.note.setText(
                self.tr("Campaign Studio will appear in {0} when you restart it.").format(
                    self.language.currentText()
                )
            )
