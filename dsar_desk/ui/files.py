"""Every file dialog of the app, made so that browsing never endangers the open database.

SQLite locks its files with POSIX advisory locks, which belong to the whole process: when any
part of the process opens one of the database's files and closes it again, the process loses
its locks, and a second DSAR Desk on the same file (the CLI beside the app) then believes it is
alone, deletes the -wal and -shm files the app still writes into, and writes made afterwards
are lost. Qt's own file dialog does exactly that: to choose an icon and a type it reads the
first bytes of every file it lists whose name says nothing (``x.sqlite-wal``, a database named
``x.sqlite``). Found with strace; tests/gui/test_file_dialogs.py shows the loss and that these
dialogs prevent it.

So every dialog here
* never reads a file to show it: icons and types come from the name only
  (:class:`NameOnlyIconProvider`);
* does not list the open database's own files at all (:class:`HideDatabaseFiles`);
* is Qt's dialog, the same on every platform (a native one may read files in this process too);
* goes through :func:`dsar_desk.ui.seam.launch`, so tests can answer it.

Reading a chosen file is guarded below the UI too: dsar_desk.desk.attachments refuses the
database's files without opening them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QStyle

from dsar_desk.store.db import is_database_file
from dsar_desk.ui import seam


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file's name alone: a folder, a drive or a file."""

    def icon(self, what):  # noqa: D401 - Qt's name
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon if what.isDir() else
                                      QStyle.StandardPixmap.SP_FileIcon)
        kinds = {QAbstractFileIconProvider.IconType.Folder: QStyle.StandardPixmap.SP_DirIcon,
                 QAbstractFileIconProvider.IconType.Drive: QStyle.StandardPixmap.SP_DriveHDIcon,
                 QAbstractFileIconProvider.IconType.Computer: QStyle.StandardPixmap.SP_ComputerIcon}
        return style.standardIcon(kinds.get(what, QStyle.StandardPixmap.SP_FileIcon))

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"{suffix.upper()} file" if suffix else "File"


class HideDatabaseFiles(QSortFilterProxyModel):
    """Leaves out of the listing the files of the database the app has open."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        path = model.filePath(index) if hasattr(model, "filePath") else ""
        return not (path and is_database_file(Path(path)))


def _dialog(parent, title: str, folder: str = "", name_filter: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog.setProxyModel(HideDatabaseFiles(dialog))
    dialog._icon_provider = provider  # kept alive as long as the dialog
    return dialog


def open_files(parent, title: str, name_filter: str = "", folder: str = "") -> list[Path]:
    dialog = _dialog(parent, title, folder, name_filter)
    dialog.setObjectName("open-files")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def open_file(parent, title: str, name_filter: str = "", folder: str = "") -> Path | None:
    dialog = _dialog(parent, title, folder, name_filter)
    dialog.setObjectName("open-file")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def save_file(parent, title: str, suggested: str = "", name_filter: str = "", suffix: str = "",
              object_name: str = "save-file") -> Path | None:
    dialog = _dialog(parent, title, str(Path(suggested).parent) if suggested else "", name_filter)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if suggested:
        dialog.selectFile(suggested)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


MESSAGE_SUFFIXES = (".eml", ".msg")  # e-mail messages the intake and the main window take


def is_message_file(path: Path) -> bool:
    return path.suffix.lower() in MESSAGE_SUFFIXES
