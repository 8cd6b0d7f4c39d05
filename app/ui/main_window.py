"""The main window: navigation on the left, the section's page on the right, status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)


class MainWindow(QMainWindow):
    closed = Signal()
    section_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign Studio"))
        self.resize(QSize(1200, 760))
        self._nav = QListWidget()
        self._nav.setObjectName("navigation")
        self._nav.setMaximumWidth(200)
        self._stack = QStackedWidget()
        self._keys: list[str] = []
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._nav)
        splitter.addWidget(self._stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._nav.currentRowChanged.connect(self._on_row)

        self.server_label = QLabel(self.tr("Offline"))
        self.server_label.setObjectName("serverStatus")
        self.statusBar().addPermanentWidget(self.server_label)
        self._error_box: QMessageBox | None = None

    def add_section(self, key: str, title: str, page: QWidget) -> None:
        self._keys.append(key)
        QListWidgetItem(title, self._nav)
        self._stack.addWidget(page)
        if self._nav.currentRow() < 0:
            self._nav.setCurrentRow(0)

    def show_section(self, key: str) -> None:
        if key in self._keys:
            self._nav.setCurrentRow(self._keys.index(key))

    def current_section(self) -> str | None:
        row = self._nav.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def _on_row(self, row: int) -> None:
        self._stack.setCurrentIndex(row)
        if 0 <= row < len(self._keys):
            self.section_changed.emit(self._keys[row])

    def set_server_status(self, text: str) -> None:
        self.server_label.setText(text)

    def show_error(self, message: str) -> None:
        """Tell the user without blocking: status bar plus a window-modal box (never exec())."""
        self.statusBar().showMessage(message, 10_000)
        if self._error_box is not None and self._error_box.isVisible():
            self._error_box.setText(message)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self._error_box = box

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
