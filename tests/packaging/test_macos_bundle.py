"""The macOS Info.plist declares manifests and folders, parses back, and signing skips clearly."""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

import appinfo  # packaging/, put on the path by conftest
import macos_bundle
import pytest


@pytest.mark.parametrize("fmt", [plistlib.FMT_XML, plistlib.FMT_BINARY])
def test_the_info_plist_is_generated_and_parses(tmp_path: Path, fmt: plistlib.PlistFormat) -> None:
    path = tmp_path / "Info.plist"
    path.write_bytes(plistlib.dumps(macos_bundle.info_plist(), fmt=fmt))
    with path.open("rb") as handle:
        plist: dict[str, Any] = plistlib.load(handle)
    assert plist == macos_bundle.info_plist()
    assert plist["CFBundleIdentifier"] == appinfo.BUNDLE_ID
    assert plist["CFBundleShortVersionString"] == appinfo.version()
    assert plist["CFBundleExecutable"] == "trip-viewer"
    assert plist["NSHighResolutionCapable"] is True


def test_manifests_and_folders_are_offered_not_taken() -> None:
    types = macos_bundle.info_plist()["CFBundleDocumentTypes"]
    assert {entry["LSItemContentTypes"][0] for entry in types} == {"public.yaml", "public.folder"}
    assert all(entry["CFBundleTypeRole"] == "Viewer" for entry in types)
    assert all(entry["LSHandlerRank"] == "Alternate" for entry in types)  # never the default for YAML
    (yaml,) = macos_bundle.info_plist()["UTImportedTypeDeclarations"]
    assert yaml["UTTypeTagSpecification"]["public.filename-extension"] == ["yaml", "yml"]


def test_the_entitlements_parse() -> None:
    with macos_bundle.ENTITLEMENTS.open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_the_built_bundle_is_checked_against_the_declaration(tmp_path: Path) -> None:
    app = tmp_path / "Trip Viewer.app"
    (app / "Contents").mkdir(parents=True)
    wrong = {**macos_bundle.info_plist(), "CFBundleDocumentTypes": []}
    (app / "Contents" / "Info.plist").write_bytes(plistlib.dumps(wrong))
    with pytest.raises(RuntimeError, match="CFBundleDocumentTypes"):
        macos_bundle.check_bundle(app)


def test_signing_and_notarization_skip_clearly_without_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        macos_bundle.CERTIFICATE,
        macos_bundle.PASSWORD,
        macos_bundle.IDENTITY,
        *macos_bundle.NOTARY,
    ):
        monkeypatch.delenv(name, raising=False)
    keychain = macos_bundle.Keychain(tmp_path)
    assert keychain.open().startswith("signing skipped: no certificate (MACOS_CERTIFICATE, ")
    assert keychain.identity is None
    assert not keychain.path.exists()
    dmg = tmp_path / "trip-viewer.dmg"
    assert macos_bundle.sign_dmg(dmg, None) == "trip-viewer.dmg: signing skipped: no certificate"
    assert "notarization skipped" in macos_bundle.notarize(dmg, None)
    assert "APPLE_ID" in macos_bundle.notarize(dmg, "Developer ID Application: Example (TEAM123456)")
