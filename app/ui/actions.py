"""The window's actions with their standard shortcuts, and the menus that hold them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.pages.sections import PUBLISH_SHORTCUT


def _t(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for `key`, or `fallback` where it has none (Preferences and
    Quit are empty on some desktops)."""
    keys = [k for k in QKeySequence.keyBindings(key) if not k.isEmpty()]
    return keys or [QKeySequence(fallback)]


@dataclass(frozen=True)
class WindowActions:
    new: QAction
    find: QAction
    publish: QAction
    publish_all: QAction
    pull: QAction
    outbox: QAction
    accounts: QAction
    preferences: QAction
    delete: QAction
    quit: QAction
    shortcuts: QAction
    about: QAction

    def all(self) -> list[QAction]:
        return [getattr(self, name) for name in self.__dataclass_fields__]


def create_actions(parent: QObject) -> WindowActions:
    def action(name: str, text: str, keys: list[QKeySequence] | None = None, tip: str = "") -> QAction:
        act = QAction(text, parent)
        act.setObjectName(name)
        if keys:
            act.setShortcuts(keys)
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(
                f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})" if keys else tip
            )
        return act

    S = QKeySequence.StandardKey
    actions = WindowActions(
        new=action(
            "actionNew", _t("&New"), standard_keys(S.New, "Ctrl+N"), _t("Start a new draft in this section")
        ),
        find=action("actionFind", _t("&Find"), standard_keys(S.Find, "Ctrl+F"), _t("Filter the list")),
        publish=action(
            "actionPublish", _t("&Publish Selected"), [QKeySequence(PUBLISH_SHORTCUT)],
            _t("Send the selected drafts to the server"),
        ),
        publish_all=action(
            "actionPublishAll", _t("Publish &All Changes"), None,
            _t("Send every new, modified or failed draft of this account to the server"),
        ),
        pull=action(
            "actionPull", _t("P&ull from Server"), standard_keys(S.Refresh, "F5"),
            _t("Fetch what is on the server; your unpublished work is kept"),
        ),
        outbox=action(
            "actionOutbox", _t("&Waiting to Publish…"), None,
            _t("See the drafts waiting to be sent, send them now or withdraw them"),
        ),
        accounts=action(
            "actionAccounts", _t("&Accounts…"), standard_keys(S.Preferences, "Ctrl+,"),
            _t("Add, edit or choose the accounts you publish to"),
        ),
        # No shortcut: the platform's Preferences key (Ctrl+,) opens the accounts, the settings
        # people change most; the mnemonic is GNOME's ("F" is Find's in the same menu).
        preferences=action(
            "actionPreferences", _t("Prefere&nces…"), None, _t("Choose the language of Campaign Studio")
        ),
        delete=action("actionDelete", _t("&Delete Draft…"), [QKeySequence(QKeySequence.StandardKey.Delete)]),
        quit=action("actionQuit", _t("&Quit"), standard_keys(S.Quit, "Ctrl+Q")),
        shortcuts=action("actionShortcuts", _t("&Keyboard Shortcuts")),
        about=action("actionAbout", _t("&About Campaign Studio")),
    )  # fmt: skip
    # Delete only where a list has the focus: in a text field the key deletes text.
    actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    actions.accounts.setMenuRole(QAction.MenuRole.PreferencesRole)
    # macOS would move a "Preferences…" item to the application menu as well, beside the accounts.
    actions.preferences.setMenuRole(QAction.MenuRole.NoRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    return actions


def build_menus(menubar: QMenuBar, actions: WindowActions) -> None:
    file_menu = menubar.addMenu(_t("&File"))
    file_menu.addAction(actions.new)
    file_menu.addSeparator()
    file_menu.addAction(actions.publish)
    file_menu.addAction(actions.publish_all)
    file_menu.addAction(actions.outbox)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = menubar.addMenu(_t("&Edit"))
    edit_menu.addAction(actions.find)
    edit_menu.addAction(actions.delete)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)  # where freedesktop and Windows apps keep it
    account_menu = menubar.addMenu(_t("&Account"))
    account_menu.addAction(actions.accounts)
    account_menu.addAction(actions.pull)
    help_menu = menubar.addMenu(_t("&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)


def shortcut_groups(menubar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """The keyboard shortcuts as the menus hold them: [("File", [("Ctrl+N", "New email")...])...]."""
    groups = []
    for menu_action in menubar.actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = []
        for act in menu.actions():
            keys = act.shortcuts()
            if keys and act.isVisible():  # the first is the one to learn; others are keyboard keys
                first = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((first, act.text().replace("&", "").rstrip("…")))
        if rows:
            groups.append((menu_action.text().replace("&", ""), rows))
    return groups
