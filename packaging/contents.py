"""What the frozen app carries, and what it leaves out.

The viewer uses QtCore, QtGui and QtWidgets, and QtDBus for a kiosk on Linux; Pillow
decodes every photo, so Qt's image-format plugins are dead weight but one (Qt's
PDF writer stores the handout's photos as JPEG only with its ``jpeg`` plugin, and
losslessly, five times the size, without it), and of Qt's translations only
``qtbase`` in the languages the app speaks is kept (the file dialog's and message
boxes' buttons; ``viewer.gui.language``). PyInstaller's Qt hooks collect
generously (every plugin a module *might* load), so the spec passes its
collected files through :func:`drop_reason`, then :func:`unreachable` removes
the shared libraries only the dropped plugins needed (the GTK theme plugin alone
drags in cairo, pango and friends on Linux).

Kept on purpose: the platform plugins the app runs on (``xcb``, ``wayland`` and
``offscreen`` on Linux, ``cocoa`` on macOS, ``windows`` on Windows, ``offscreen``
everywhere for the smoke test), the native widget styles, the input-method
plugins (typing accents in the file dialog), and Wayland's shell and decoration
plugins.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Qt's Python modules the app does not import: everything but QtCore, QtGui and QtWidgets,
# and QtDBus, with which a kiosk on Linux asks the screen saver to stay off (its library
# is bundled anyway: Qt's own xcb platform plugin links it).
UNUSED_QT = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]

# Python modules the app never imports. PyInstaller's PySide6 hooks would pull some
# Qt ones in (on Linux every PySide6 extension links libQt6Network).
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT),
    "PIL.ImageQt",  # the viewer hands pixels to Qt itself (viewer/gui/show/loader.py)
    "PIL.ImageTk",
    "PIL._avif",  # AVIF is not a format the viewer offers (viewer/files/photofiles.py)
    # HEIC is read by pi-heif; pillow-heif (only a fallback in photofiles.py) would add its
    # 21 MB GPL-licensed HEVC encoder, which a viewer never uses.
    "pillow_heif",
    "_ssl",  # the app never reaches the network; OpenSSL is ~6 MB
    "_hashlib",  # hashlib falls back to Python's own sha1/sha256 (viewer/imaging/thumbcache.py)
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pdb",
    "doctest",
]

# Qt plugin folders to keep, and which plugins in each ("*": all of them).
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": (
        "*qxcb*",  # X11
        "*qwayland*",  # Wayland
        "*qoffscreen*",  # the smoke test and headless runs
        "*qcocoa*",  # macOS
        "*qwindows*",  # Windows
    ),
    "styles": ("*",),  # the native look on Windows and macOS
    "platforminputcontexts": ("*",),  # compose keys and input methods on Linux
    "platformthemes": ("*xdgdesktopportal*",),  # not gtk3: it drags GTK's stack in
    "wayland-shell-integration": ("*xdg-shell*",),
    "wayland-decoration-client": ("*",),
    "imageformats": ("*qjpeg*",),  # the handout's photos, JPEG in the PDF (viewer.gui.handout.writer)
}

_PLUGIN = re.compile(r"(?:^|/)plugins/(?P<folder>[^/]+)/(?P<name>[^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)translations/(?P<name>[^/]+)\.qm$")
# Qt's own words in the app's languages (viewer.model.settings.LANGUAGES; Qt has no Vietnamese).
KEPT_TRANSLATIONS = frozenset(f"qtbase_{code}" for code in ("de", "fr", "es", "vi", "ko", "ar"))


def drop_reason(dest: str) -> str | None:
    """Why the file PyInstaller would put at ``dest`` (relative, ``/`` or ``\\``) is left out; else None."""
    path = dest.replace("\\", "/")
    translation = _TRANSLATION.search(path)
    if translation is not None:
        name = translation["name"]
        if name in KEPT_TRANSLATIONS or name.startswith("trip-viewer_"):
            return None
        return "Qt translation of a part or a language the app does not use"
    plugin = _PLUGIN.search(path)
    if plugin is None:
        return None
    folder, name = plugin["folder"], plugin["name"]
    kept = KEPT_PLUGINS.get(folder)
    if kept is None:
        return f"Qt plugin folder {folder}/ is not used"
    if not any(fnmatch.fnmatch(name.lower(), pattern) for pattern in kept):
        return f"Qt plugin {folder}/{name} is not used"
    return None


def unreachable(
    binaries: Iterable[tuple[str, str]],
    roots: Iterable[str],
    imports_of: Callable[[str], Iterable[str]],
) -> set[str]:
    """The binaries (by destination) that no root needs, directly or through others.

    ``binaries`` are ``(dest, source)`` pairs; ``roots`` the destinations that stay
    whatever (extension modules, kept plugins, the Python library); ``imports_of``
    gives the file names a binary links against (``libfoo.so.1``, ``foo.dll``).
    Links are matched by file name, which is how the loader finds them in the
    frozen folder.
    """
    by_name: dict[str, list[str]] = {}
    sources: dict[str, str] = {}
    for dest, source in binaries:
        sources[dest] = source
        by_name.setdefault(PurePosixPath(dest.replace("\\", "/")).name.lower(), []).append(dest)
    seen: set[str] = set()
    todo = [root for root in roots if root in sources]
    while todo:
        dest = todo.pop()
        if dest in seen:
            continue
        seen.add(dest)
        for name in imports_of(sources[dest]):
            todo.extend(by_name.get(PurePosixPath(name.replace("\\", "/")).name.lower(), []))
    return set(sources) - seen


def dangling_links(entries: Iterable[tuple[str, str, str]], dropped: Iterable[str]) -> set[str]:
    """The links (PyInstaller's ``SYMLINK`` entries) that would point at a ``dropped`` file.

    On Linux PyInstaller links ``_internal/libQt6Core.so.6`` to the copy under
    ``PySide6/Qt/lib/``; the link's ``source`` is its target, relative to its folder.
    """
    gone = {dest.replace("\\", "/") for dest in dropped}
    links = set()
    for dest, source, kind in entries:
        if kind == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), source))
            if target.replace("\\", "/") in gone:
                links.add(dest)
    return links
