"""The macOS download: ``Trip Viewer.app`` in a .dmg, signed and notarized when credentials are given.

PyInstaller's spec builds the .app with the Info.plist from :func:`info_plist`:
it declares manifests (YAML) and folders as documents the app can *view*, at
rank ``Alternate``, so Finder offers Trip Viewer under "Open With" without
taking YAML files from the person's editor. A file opened from Finder reaches
the app as a ``QFileOpenEvent``, not in ``argv`` (``viewer/gui/fileopen.py``).

Signing and notarization read GitHub secrets from the environment:

- ``MACOS_CERTIFICATE`` (a Developer ID Application .p12, base64-encoded),
  ``MACOS_CERTIFICATE_PASSWORD`` and ``MACOS_SIGNING_IDENTITY`` (its name, e.g.
  ``Developer ID Application: Example Ltd (TEAMID1234)``) sign the app with the
  hardened runtime and a secure timestamp, then the .dmg;
- ``APPLE_ID``, ``APPLE_TEAM_ID`` and ``APPLE_APP_PASSWORD`` (an app-specific
  password) let ``notarytool`` notarize the .dmg, and ``stapler`` staples the ticket.

Whatever is missing is skipped with a line saying so; the app is then signed ad
hoc (Apple silicon will not run unsigned code) and Gatekeeper will ask the
person to confirm the first start (right-click > Open).
"""

from __future__ import annotations

import base64
import json
import os
import plistlib
import secrets
import shutil
import subprocess
from pathlib import Path
from typing import Any

import appinfo

CERTIFICATE = "MACOS_CERTIFICATE"
PASSWORD = "MACOS_CERTIFICATE_PASSWORD"
IDENTITY = "MACOS_SIGNING_IDENTITY"
NOTARY = ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")
MINIMUM_MACOS = "13.0"  # what the PySide6 6.11 wheels are built for (macosx_13_0_universal2)
ENTITLEMENTS = appinfo.PACKAGING / "entitlements.plist"


def info_plist() -> dict[str, Any]:
    """The app's Info.plist (PyInstaller adds nothing these keys do not already say)."""
    version = appinfo.version()
    return {
        "CFBundleName": appinfo.NAME,
        "CFBundleDisplayName": appinfo.NAME,
        "CFBundleIdentifier": appinfo.BUNDLE_ID,
        "CFBundleExecutable": appinfo.EXE,
        "CFBundleIconFile": "trip-viewer.icns",
        "CFBundlePackageType": "APPL",
        "CFBundleInfoDictionaryVersion": "6.0",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHumanReadableCopyright": appinfo.COPYRIGHT,
        "LSApplicationCategoryType": "public.app-category.photography",
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": appinfo.MANIFEST_TYPE_NAME,
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",  # offered in Open With, never the default
                "LSItemContentTypes": ["public.yaml"],
            },
            {
                "CFBundleTypeName": "Folder of photos",
                "CFBundleTypeRole": "Viewer",
                "LSHandlerRank": "Alternate",
                "LSItemContentTypes": ["public.folder"],
            },
        ],
        # macOS 11+ knows public.yaml; declaring it here too covers systems that do not.
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": "public.yaml",
                "UTTypeDescription": "YAML document",
                "UTTypeConformsTo": ["public.text"],
                "UTTypeTagSpecification": {
                    "public.filename-extension": list(appinfo.MANIFEST_EXTENSIONS),
                    "public.mime-type": ["application/yaml", "application/x-yaml"],
                },
            }
        ],
    }


def check_bundle(app: Path) -> str:
    """Read back the built app's Info.plist and check what the spec was to put there."""
    plist_path = app / "Contents" / "Info.plist"
    with plist_path.open("rb") as handle:
        built = plistlib.load(handle)
    wanted = info_plist()
    wrong = [key for key, value in wanted.items() if built.get(key) != value]
    if wrong:
        raise RuntimeError(f"{plist_path}: not as packaging/macos_bundle.py declares: {', '.join(wrong)}")
    if shutil.which("plutil"):
        subprocess.run(["plutil", "-lint", str(plist_path)], check=True, stdout=subprocess.DEVNULL)
    if shutil.which("codesign"):
        subprocess.run(["codesign", "--verify", "--deep", "--strict", str(app)], check=True)
    where = plist_path.relative_to(app.parent)
    return f"{where}: parses and declares the manifest document type; the signature verifies"


# -- signing ---------------------------------------------------------------------------


class Keychain:
    """A temporary keychain holding the Developer ID certificate, for the length of a build."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "trip-viewer-signing.keychain-db"
        self.password = secrets.token_hex(16)
        self.identity: str | None = None

    def open(self) -> str:
        """Import the certificate from the environment; return what happened."""
        missing = [name for name in (CERTIFICATE, PASSWORD, IDENTITY) if not os.environ.get(name)]
        if missing:
            return f"signing skipped: no certificate ({', '.join(missing)} not set); the app is signed ad hoc"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        p12 = self.path.with_suffix(".p12")
        p12.write_bytes(base64.b64decode(os.environ[CERTIFICATE]))
        try:
            keychain = str(self.path)
            self._security("create-keychain", "-p", self.password, keychain)
            self._security("set-keychain-settings", "-lut", "21600", keychain)
            self._security("unlock-keychain", "-p", self.password, keychain)
            self._security(
                "import", str(p12), "-k", keychain, "-P", os.environ[PASSWORD], "-T", "/usr/bin/codesign"
            )
            self._security(
                "set-key-partition-list",
                "-S",
                "apple-tool:,apple:,codesign:",
                "-s",
                "-k",
                self.password,
                keychain,
            )
            listed = subprocess.run(
                ["security", "list-keychains", "-d", "user"], capture_output=True, text=True, check=True
            ).stdout.split()
            self._security("list-keychains", "-d", "user", "-s", keychain, *(k.strip('"') for k in listed))
        finally:
            p12.unlink()
        self.identity = os.environ[IDENTITY]
        return f"signing with {self.identity!r} (hardened runtime, secure timestamp)"

    def close(self) -> None:
        if self.path.exists():
            subprocess.run(["security", "delete-keychain", str(self.path)], check=False)

    @staticmethod
    def _security(*args: str) -> None:
        subprocess.run(["security", *args], check=True, stdout=subprocess.DEVNULL)


def sign_dmg(dmg: Path, identity: str | None) -> str:
    if identity is None:
        return f"{dmg.name}: signing skipped: no certificate"
    subprocess.run(["codesign", "--sign", identity, "--timestamp", str(dmg)], check=True)
    return f"{dmg.name}: signed"


def notarize(dmg: Path, identity: str | None) -> str:
    """Notarize and staple ``dmg`` when the Apple ID secrets are set; say what happened."""
    missing = [name for name in NOTARY if not os.environ.get(name)]
    if identity is None or missing:
        why = (
            "the app is not signed with a Developer ID"
            if identity is None
            else f"{', '.join(missing)} not set"
        )
        return f"{dmg.name}: notarization skipped: {why}"
    apple_id, team, password = (os.environ[name] for name in NOTARY)
    credentials = ["--apple-id", apple_id, "--team-id", team, "--password", password]
    submitted = subprocess.run(
        ["xcrun", "notarytool", "submit", str(dmg), *credentials, "--wait", "--output-format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    result = json.loads(submitted.stdout or "{}")
    if submitted.returncode != 0 or result.get("status") != "Accepted":
        if result.get("id"):
            subprocess.run(["xcrun", "notarytool", "log", result["id"], *credentials], check=False)
        raise RuntimeError(f"notarization failed: {result or submitted.stderr}")
    subprocess.run(["xcrun", "stapler", "staple", str(dmg)], check=True)
    subprocess.run(["xcrun", "stapler", "validate", str(dmg)], check=True)
    return f"{dmg.name}: notarized (submission {result['id']}) and stapled"


# -- the disk image --------------------------------------------------------------------


def build_dmg(app: Path, out: Path) -> Path:
    """``Trip Viewer.app`` and a link to /Applications in a compressed .dmg, into ``out``."""
    import dmgbuild  # macOS only: it drives hdiutil

    out.mkdir(parents=True, exist_ok=True)
    dmg = out / f"{appinfo.artifact_stem()}.dmg"
    dmg.unlink(missing_ok=True)
    settings = {
        "format": "UDZO",
        "files": [str(app)],
        "symlinks": {"Applications": "/Applications"},
        "icon": str(appinfo.ICONS / "trip-viewer.icns"),
        "icon_size": 128,
        "window_rect": ((200, 200), (560, 300)),
        "icon_locations": {app.name: (140, 130), "Applications": (420, 130)},
    }
    dmgbuild.build_dmg(str(dmg), f"{appinfo.NAME} {appinfo.version()}", settings=settings)
    return dmg
