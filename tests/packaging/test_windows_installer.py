"""The NSIS script and its generated file lists compile, and the uninstaller undoes the installer."""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import appinfo  # packaging/, put on the path by conftest
import pytest
import windows_installer


def payload(root: Path) -> Path:
    """A tiny stand-in for the frozen folder: the program, libraries, a nested data file."""
    for name in ("trip-viewer.exe", "_internal/python311.dll", "_internal/resources/sample-trip/trip.yaml"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(name, encoding="utf-8")
    return root


def test_the_uninstaller_deletes_exactly_what_the_installer_writes(tmp_path: Path) -> None:
    build = tmp_path / "nsis"
    windows_installer.write_build_files(payload(tmp_path / "app"), build, tmp_path / "setup.exe")
    install = (build / "install-files.nsh").read_text(encoding="utf-8").splitlines()
    uninstall = (build / "uninstall-files.nsh").read_text(encoding="utf-8").splitlines()

    installed, folder = set(), ""
    for line in install:
        if line.startswith("SetOutPath "):
            folder = line.removeprefix('SetOutPath "').removesuffix('"')
        else:
            installed.add(folder + "\\" + Path(line.removeprefix('File "').removesuffix('"')).name)
    deleted = {
        line.removeprefix('Delete "').removesuffix('"') for line in uninstall if line.startswith("Delete ")
    }
    assert (
        deleted
        == installed
        == {
            "$INSTDIR\\trip-viewer.exe",
            "$INSTDIR\\_internal\\python311.dll",
            "$INSTDIR\\_internal\\resources\\sample-trip\\trip.yaml",
        }
    )
    removed = [
        line.removeprefix('RMDir "').removesuffix('"') for line in uninstall if line.startswith("RMDir")
    ]
    assert removed == [
        "$INSTDIR\\_internal\\resources\\sample-trip",
        "$INSTDIR\\_internal\\resources",
        "$INSTDIR\\_internal",
    ]
    # Never recursive: a trip a person saved in the program's folder survives the uninstall.
    assert not [line for line in uninstall if "/r" in line.split()]
    nsi = windows_installer.NSI.read_text(encoding="utf-8")
    assert "RMDir /r" not in nsi and "Delete /REBOOTOK" not in nsi


def test_defines_come_from_appinfo(tmp_path: Path) -> None:
    build = tmp_path / "nsis"
    windows_installer.write_build_files(
        payload(tmp_path / "app"), build, tmp_path / "setup.exe", '"py" "s.py" sign'
    )
    defines = (build / "defines.nsh").read_text(encoding="utf-8")
    assert f'!define VERSION "{appinfo.version()}"' in defines
    assert re.search(r'!define VERSION4 "\d+\.\d+\.\d+\.\d+"', defines)
    assert '!define PROGID "TripViewer.Manifest"' in defines
    assert '!define SIGN_COMMAND \'"py" "s.py" sign\'' in defines


def test_strings_are_escaped_and_odd_paths_refused(tmp_path: Path) -> None:
    assert windows_installer.nsis_string('Say "$5"') == '"Say $\\"$$5$\\""'
    with pytest.raises(ValueError, match="makensis cannot"):
        windows_installer.write_build_files(payload(tmp_path / "a$b"), tmp_path / "nsis", tmp_path / "s.exe")


def test_the_installer_script_compiles(tmp_path: Path) -> None:
    makensis = windows_installer.find_makensis()
    if makensis is None:
        pytest.skip("makensis is not installed (apt: nsis)")
    made = windows_installer.build_installer(
        payload(tmp_path / "app"), tmp_path / "out", tmp_path / "nsis", makensis
    )
    data = made.read_bytes()
    assert data[:2] == b"MZ"  # a Windows program
    # the version resource Explorer shows under Properties > Details
    for text in ("ProductVersion", appinfo.version(), appinfo.NAME, appinfo.PUBLISHER):
        assert text.encode("utf-16-le") in data


def test_per_user_open_with_and_no_default_taken() -> None:
    nsi = windows_installer.NSI.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${NAME}"' in nsi
    assert '"${CLASSES}\\.yaml\\OpenWithProgids" "${PROGID}"' in nsi
    # Taking the default would write the extension key's own (default) value.
    assert not re.search(r'WriteRegStr \S+ "\$\{CLASSES\}\\\.ya?ml" ""', nsi)
    assert "$SMPROGRAMS\\${NAME}.lnk" in nsi


def test_the_version_resource_names_the_app(tmp_path: Path) -> None:
    text = windows_installer.version_file_text()
    calls: dict[str, list[tuple[Any, ...]]] = {}

    def recorder(name: str) -> Callable[..., str]:
        def record(*args: Any, **kwargs: Any) -> str:
            calls.setdefault(name, []).append((*args, *kwargs.values()))
            return name

        return record

    names = "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    eval(
        text, {"__builtins__": {}}, {name: recorder(name) for name in names.split()}
    )  # as PyInstaller reads it
    strings = dict(calls["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == appinfo.version()
    assert strings["OriginalFilename"] == "trip-viewer.exe"
    assert calls["FixedFileInfo"][0][0] == appinfo.numeric_version()
    if sys.platform == "win32":  # PyInstaller's own reader, which loads only on Windows
        from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

        path = tmp_path / "version-info.txt"
        path.write_text(text, encoding="utf-8")
        assert appinfo.version() in str(load_version_info_from_text_file(str(path)))


def test_signing_is_skipped_clearly_without_a_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(windows_installer.CERTIFICATE, raising=False)
    message = windows_installer.sign(tmp_path / "trip-viewer.exe")
    assert message == "trip-viewer.exe: signing skipped: no certificate (WINDOWS_CERTIFICATE not set)"
    assert windows_installer.sign_command() is None


@pytest.mark.skipif(shutil.which("signtool") is not None, reason="a machine that can really sign")
def test_a_certificate_without_signtool_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(windows_installer.CERTIFICATE, "AAAA")
    monkeypatch.setattr(windows_installer, "find_signtool", lambda: None)
    with pytest.raises(RuntimeError, match="signtool"):
        windows_installer.sign(tmp_path / "trip-viewer.exe")


def find_wine64() -> str | None:
    """wine64 on PATH, or where Debian's wine64 package puts it."""
    found = shutil.which("wine64")
    if found:
        return found
    debian = Path("/usr/lib/wine/wine64")
    return str(debian) if debian.is_file() else None


def test_it_installs_and_uninstalls_under_wine(tmp_path: Path) -> None:
    """Install, reinstall, uninstall a 64-bit build of the script under Wine (apt: wine64 nsis).

    Opt-in, as it takes half a minute: ``TRIP_VIEWER_WINE=1 python -m pytest
    tests/packaging -k wine``; not in CI (Wine is big). It shows the per-user
    folder, the Start-menu entry, Open with, and that the uninstaller removes
    exactly what was installed: a trip saved in the program's folder stays, and so
    does an editor's claim on .yaml.
    """
    if os.environ.get("TRIP_VIEWER_WINE") != "1":
        pytest.skip("opt-in: TRIP_VIEWER_WINE=1 (needs apt: nsis wine64)")
    makensis, wine = windows_installer.find_makensis(), find_wine64()
    if makensis is None or wine is None or sys.platform != "linux":
        pytest.skip("needs makensis and wine64 on Linux (apt: nsis wine64)")
    build = tmp_path / "nsis"
    setup = tmp_path / "trip-viewer-wine-test.exe"  # NSIS warns of a bare "setup.exe"
    windows_installer.write_build_files(payload(tmp_path / "app"), build, setup)
    subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",
            "-DTARGET=amd64-unicode",
            f"-DBUILD_DIR={build}",
            str(windows_installer.NSI),
        ],
        check=True,
    )
    env = {**os.environ, "WINEPREFIX": str(tmp_path / "wine"), "WINEDEBUG": "-all", "DISPLAY": ""}

    def wine_run(*args: str) -> str:
        done = subprocess.run(
            [wine, *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )
        return done.stdout

    user = tmp_path / "wine" / "drive_c" / "users" / getpass.getuser()
    folder = user / "AppData" / "Local" / "Programs" / "Trip Viewer"
    shortcut = (
        user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Trip Viewer.lnk"
    )
    try:
        wine_run("reg", "add", r"HKCU\Software\Classes\.yaml", "/ve", "/d", "Editor.yaml", "/f")
        wine_run(str(setup), "/S")
        assert (folder / "_internal" / "resources" / "sample-trip" / "trip.yaml").is_file()
        assert shortcut.is_file()
        assert "TripViewer.Manifest" in wine_run(
            "reg", "query", r"HKCU\Software\Classes\.yml\OpenWithProgids"
        )
        assert "Editor.yaml" in wine_run("reg", "query", r"HKCU\Software\Classes\.yaml", "/ve")  # not taken

        (folder / "my trip").mkdir()
        (folder / "my trip" / "trip.yaml").write_text("format: trip-viewer/1\n", encoding="utf-8")
        wine_run(str(setup), "/S")  # a reinstall: the old uninstaller runs first
        wine_run(str(folder / "uninstall.exe"), "/S", f"_?={_windows_path(folder)}")  # in place: waits

        left = {path.relative_to(folder).as_posix() for path in folder.rglob("*")}
        # Run in place (_?=), the uninstaller cannot delete itself on Windows; Wine lets it.
        assert left - {"uninstall.exe"} == {"my trip", "my trip/trip.yaml"}
        assert not shortcut.exists()
        assert "TripViewer" not in wine_run("reg", "query", r"HKCU\Software\Classes", "/s")
        assert "Editor.yaml" in wine_run("reg", "query", r"HKCU\Software\Classes\.yaml", "/ve")
        assert "TripViewer" not in wine_run(
            "reg", "query", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall"
        )
    finally:
        subprocess.run([str(Path(wine).with_name("wineserver")), "-k"], env=env, check=False)


def _windows_path(path: Path) -> str:
    """``path`` inside a Wine prefix, as Windows programs there see it (``C:\\users\\...``)."""
    inside = path.as_posix().split("/drive_c/", 1)[1]
    return "C:\\" + inside.replace("/", "\\")
