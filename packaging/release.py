"""Build Trip Viewer's download for the platform this runs on: freeze, smoke-test, wrap.

    python packaging/release.py [--out dist] [--no-xvfb] [--nsis-check]

The same script runs on a developer's machine and in the release workflow
(``.github/workflows/release.yml``), on each platform natively (PyInstaller does
not cross-build):

1. **freeze**: PyInstaller makes the onedir app (``packaging/trip-viewer.spec``);
2. **smoke test**: the frozen app plays the sample trip once, headless, and must
   exit 0 having painted all 13 photos (``packaging/smoke.py``);
3. **size**: the unpacked size, and what takes the room;
4. **wrap**: Windows, an NSIS installer (``windows_installer.py``); macOS, a .dmg
   of ``Trip Viewer.app`` (``macos_bundle.py``); Linux, a .tar.gz with a .desktop
   file (``linux_archive.py``). Signing happens when its secrets are in the
   environment and is skipped, saying so, when they are not.

``--nsis-check`` (Linux, with ``makensis`` installed) also compiles the Windows
installer script around the Linux frozen folder: the result is no use to anyone,
but it proves the script and its generated file lists build.

Work files go to ``build/release/``; the downloads to ``--out`` (``dist/``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import appinfo
import freeze
import smoke

BUILD = appinfo.ROOT / "build" / "release"


@contextmanager
def step(title: str) -> Iterator[None]:
    """Print a heading, then how long the step took."""
    print(f"== {title}", flush=True)
    started = time.monotonic()
    yield
    print(f"   ({time.monotonic() - started:.1f} s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=appinfo.ROOT / "dist", help="where the downloads go")
    parser.add_argument("--no-xvfb", action="store_true", help="Linux: skip the smoke test under Xvfb")
    parser.add_argument(
        "--nsis-check",
        action="store_true",
        help="Linux: also compile the Windows installer script around the Linux folder (needs makensis)",
    )
    args = parser.parse_args(argv)
    tag_problem = check_tag(os.environ)
    if tag_problem:
        raise SystemExit(tag_problem)
    out = args.out.resolve()
    platform = appinfo.platform_name()
    print(f"Trip Viewer {appinfo.version()}: {platform} {appinfo.machine()}, Python {sys.version.split()[0]}")
    started = time.monotonic()

    keychain = None
    identity = None
    try:
        if platform == "macos":
            import macos_bundle

            keychain = macos_bundle.Keychain(BUILD)
            print(keychain.open(), flush=True)  # the certificate, if one is given, before PyInstaller signs
            identity = keychain.identity
        with step("freeze (PyInstaller)"):
            frozen = freeze.freeze(BUILD, codesign_identity=identity)
            print(f"   {frozen.folder}")
            left_out = len(frozen.dropped.read_text(encoding="utf-8").splitlines())
            print(f"   left out: {left_out} files (see {frozen.dropped})")
            if platform == "macos":
                print(f"   {macos_bundle.check_bundle(frozen.folder)}")
        with step("smoke test (the frozen app plays the sample trip)"):
            smoke.smoke_test(frozen.folder, frozen.executable, xvfb=not args.no_xvfb)
        with step("size"):
            _, report = freeze.size_report(frozen.folder)
            print(report)
            (BUILD / "size-report.txt").write_text(report + "\n", encoding="utf-8")
        with step(f"wrap ({platform})"):
            made = wrap(platform, frozen, out, identity)
            print(f"   {made}")
        if args.nsis_check:
            with step("NSIS check (the Windows installer script, around the Linux folder)"):
                nsis_check(frozen.folder)
    finally:
        if keychain is not None:
            keychain.close()
    print(f"== done in {time.monotonic() - started:.0f} s: {made} ({made.stat().st_size / 1e6:.1f} MB)")
    return 0


def check_tag(env: Mapping[str, str]) -> str | None:
    """In the release workflow, the tag must name the version the app declares; else say why not."""
    if env.get("GITHUB_REF_TYPE") != "tag":
        return None
    tag, wanted = env.get("GITHUB_REF_NAME", ""), f"v{appinfo.version()}"
    if tag != wanted:
        return f"the tag {tag!r} does not match the app's version: viewer/__init__.py says {wanted!r}"
    return None


def wrap(platform: str, frozen: freeze.Frozen, out: Path, identity: str | None) -> Path:
    """The platform's download, made from the frozen app; returns its path."""
    if platform == "windows":
        import windows_installer

        makensis = windows_installer.find_makensis()
        if makensis is None:
            raise SystemExit("makensis not found: install NSIS (choco install nsis)")
        print(f"   {windows_installer.sign(frozen.executable)}")
        made = windows_installer.build_installer(
            frozen.folder, out, BUILD / "nsis", makensis, windows_installer.sign_command()
        )
        if not windows_installer.have_certificate():
            print(
                f"   {made.name}: signing skipped: no certificate ({windows_installer.CERTIFICATE} not set)"
            )
        return made
    if platform == "macos":
        import macos_bundle

        made = macos_bundle.build_dmg(frozen.folder, out)
        print(f"   {macos_bundle.sign_dmg(made, identity)}")
        print(f"   {macos_bundle.notarize(made, identity)}")
        return made
    import linux_archive

    return linux_archive.make_archive(frozen.folder, out)


def nsis_check(payload: Path) -> None:
    import windows_installer

    makensis = windows_installer.find_makensis()
    if makensis is None:
        raise SystemExit("--nsis-check: makensis not found (apt-get install nsis)")
    made = windows_installer.build_installer(payload, BUILD / "nsis-check", BUILD / "nsis", makensis)
    size = made.stat().st_size / 1e6
    print(f"   compiled {made} ({size:.1f} MB); not a download: its payload is the Linux app")


if __name__ == "__main__":
    sys.exit(main())
