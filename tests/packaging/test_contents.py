"""What the frozen app leaves out: Qt translations, unused plugins, and the libraries only they need."""

from __future__ import annotations

import contents  # packaging/, put on the path by conftest
import pytest


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_ja.qm",  # a language the app does not speak
        "PySide6\\translations\\qtbase_pt_BR.qm",  # the Windows wheel's layout
        "PySide6/Qt/translations/designer_de.qm",  # a part of Qt the app does not use
        "PySide6/Qt/plugins/imageformats/libqgif.so",
        "PySide6/plugins/imageformats/qtiff.dll",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
    ],
)
def test_dropped(dest: str) -> None:
    assert contents.drop_reason(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",  # the handout's photos as JPEG
        "PySide6/plugins/imageformats/qjpeg.dll",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "resources/sample-trip/trip.yaml",
        "PySide6/Qt/translations/qtbase_de.qm",  # Qt's buttons in the app's languages
        "PySide6\\translations\\qtbase_ar.qm",
        "resources/translations/trip-viewer_vi.qm",  # the interface's own
    ],
)
def test_kept(dest: str) -> None:
    assert contents.drop_reason(dest) is None


def test_only_the_three_qt_modules_the_app_uses_stay() -> None:
    qt = {name for name in contents.EXCLUDED_MODULES if name.startswith("PySide6.")}
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & qt
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtWebEngineCore", "PySide6.QtSvg"} <= qt


def test_a_library_only_a_dropped_plugin_needed_goes() -> None:
    links = {
        "qxcb.so": ["libQt6XcbQpa.so.6", "libxcb.so.1"],
        "libQt6XcbQpa.so.6": ["libxcb.so.1"],
        "qgtk3.so": ["libcairo.so.2"],
        "libcairo.so.2": ["libpixman-1.so.0", "libxcb.so.1"],
        "_yaml.so": [],
    }
    binaries = [(f"lib/{name}", name) for name in links] + [("lib/libpixman-1.so.0", "libpixman-1.so.0")]
    gone = contents.unreachable(
        binaries, ["lib/qxcb.so", "lib/_yaml.so"], lambda source: links.get(source, [])
    )
    assert gone == {"lib/qgtk3.so", "lib/libcairo.so.2", "lib/libpixman-1.so.0"}


def test_links_to_dropped_files_go_too() -> None:
    entries = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/venv/libQt6Network.so.6", "BINARY"),
    ]
    assert contents.dangling_links(entries, ["PySide6/Qt/lib/libQt6Network.so.6"]) == {"libQt6Network.so.6"}
