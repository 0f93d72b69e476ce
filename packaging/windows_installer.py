"""The Windows download: an NSIS installer around the frozen folder, signed when a certificate is given.

``packaging/trip-viewer.nsi`` is the installer script. It includes three files
this module writes from the frozen folder and ``appinfo`` (names, version, file
lists), so the script itself holds no list that could go stale, and the
uninstaller deletes exactly the files the installer wrote.

Authenticode signing needs a code-signing certificate, given as environment
variables (GitHub secrets in the release workflow):

- ``WINDOWS_CERTIFICATE``: the .pfx file, base64-encoded;
- ``WINDOWS_CERTIFICATE_PASSWORD``: its password;
- ``WINDOWS_TIMESTAMP_URL`` (optional): an RFC 3161 time-stamp server.

Without them every signing step prints ``skipped`` and says why; the installer
is built all the same, and Windows SmartScreen will warn about it.
``python packaging/windows_installer.py sign FILE`` signs one file; NSIS calls it
for the installer and its uninstaller (``!finalize``, ``!uninstfinalize``).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path, PurePosixPath

import appinfo

CERTIFICATE = "WINDOWS_CERTIFICATE"
PASSWORD = "WINDOWS_CERTIFICATE_PASSWORD"
TIMESTAMP = "WINDOWS_TIMESTAMP_URL"
DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
NSI = appinfo.PACKAGING / "trip-viewer.nsi"


# -- the installer ---------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("$", "$$").replace('"', '$\\"')


def nsis_string(text: str) -> str:
    """``text`` as a double-quoted NSIS string, taken literally (``$`` and ``"`` escaped)."""
    return f'"{_escape(text)}"'


def _host_path(path: Path) -> str:
    """A path on the building machine, for makensis to read or write (not escaped: NSIS takes it as is)."""
    text = str(path)
    if "$" in text or '"' in text:
        raise ValueError(f'{text}: makensis cannot be given a path with $ or " in it')
    return f'"{text}"'


def _instdir(relative: PurePosixPath) -> str:
    """The installed path of ``relative``: ``"$INSTDIR\\a\\b"``."""
    return '"$INSTDIR' + "".join(f"\\{_escape(part)}" for part in relative.parts) + '"'


def write_build_files(payload: Path, build_dir: Path, outfile: Path, sign_command: str | None = None) -> None:
    """Write ``defines.nsh``, ``install-files.nsh`` and ``uninstall-files.nsh`` into ``build_dir``."""
    build_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(path for path in payload.rglob("*") if path.is_file())
    if not files:
        raise ValueError(f"{payload}: no files to install")
    folders = sorted({PurePosixPath(path.relative_to(payload).parent.as_posix()) for path in files})
    every_folder = sorted(
        {parent for folder in folders for parent in (folder, *folder.parents)} - {PurePosixPath(".")}
    )

    major, minor, patch, build = appinfo.numeric_version()
    defines = {
        "APP_ID": appinfo.NAME.replace(" ", ""),
        "NAME": appinfo.NAME,
        "EXE": f"{appinfo.EXE}.exe",
        "VERSION": appinfo.version(),
        "VERSION4": f"{major}.{minor}.{patch}.{build}",
        "PUBLISHER": appinfo.PUBLISHER,
        "DESCRIPTION": appinfo.DESCRIPTION,
        "COPYRIGHT": appinfo.COPYRIGHT,
        "PROGID": appinfo.PROGID,
        "MANIFEST_TYPE_NAME": appinfo.MANIFEST_TYPE_NAME,
    }
    lines = [f"!define {name} {nsis_string(value)}" for name, value in defines.items()]
    lines.append(f"!define ICON {_host_path(appinfo.ICONS / 'trip-viewer.ico')}")
    lines.append(f"!define OUTFILE {_host_path(outfile)}")
    lines.append(f"!define SIZE_KB {sum(path.stat().st_size for path in files) // 1024}")
    if sign_command:
        lines.append(f"!define SIGN_COMMAND '{sign_command}'")
    (build_dir / "defines.nsh").write_text("\n".join(lines) + "\n", encoding="utf-8")

    install = []
    for folder in folders:
        install.append(f"SetOutPath {_instdir(folder)}")
        install += [
            f"File {_host_path(path)}"
            for path in files
            if PurePosixPath(path.relative_to(payload).parent.as_posix()) == folder
        ]
    (build_dir / "install-files.nsh").write_text("\n".join(install) + "\n", encoding="utf-8")

    uninstall = [f"Delete {_instdir(PurePosixPath(path.relative_to(payload).as_posix()))}" for path in files]
    deepest_first = sorted(every_folder, key=lambda folder: (-len(folder.parts), str(folder)))
    uninstall += [f"RMDir {_instdir(folder)}" for folder in deepest_first]
    (build_dir / "uninstall-files.nsh").write_text("\n".join(uninstall) + "\n", encoding="utf-8")


def find_makensis() -> str | None:
    """makensis on PATH, or where the NSIS installer (``choco install nsis``) puts it."""
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "/nonexistent") / "NSIS" / "makensis.exe"
        if candidate.is_file():
            return str(candidate)
    return None


def build_installer(
    payload: Path, out: Path, build_dir: Path, makensis: str, sign_command: str | None = None
) -> Path:
    """Compile the installer for ``payload`` into ``out``; return its path."""
    out.mkdir(parents=True, exist_ok=True)
    outfile = out / f"{appinfo.artifact_stem()}-setup.exe"
    write_build_files(payload, build_dir, outfile, sign_command)
    command = [makensis, "-V2", "-WX", f"-DBUILD_DIR={build_dir.as_posix()}", str(NSI)]
    subprocess.run(command, check=True)
    return outfile


# -- the executable's version resource -------------------------------------------------


def version_file_text() -> str:
    """The version resource of ``trip-viewer.exe`` (Properties > Details), in PyInstaller's format.

    PyInstaller reads this text (``EXE(version=FILE)``) with its own
    ``VSVersionInfo`` classes, which load only on Windows; as text it can be
    checked anywhere.
    """
    numbers = appinfo.numeric_version()
    strings = {
        "CompanyName": appinfo.PUBLISHER,
        "FileDescription": appinfo.NAME,
        "FileVersion": appinfo.version(),
        "InternalName": appinfo.EXE,
        "LegalCopyright": appinfo.COPYRIGHT,
        "OriginalFilename": f"{appinfo.EXE}.exe",
        "ProductName": appinfo.NAME,
        "ProductVersion": appinfo.version(),
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          '040904B0',
          [
{table},
          ],
        )
      ]
    ),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ],
)
"""


# -- Authenticode ----------------------------------------------------------------------


def have_certificate() -> bool:
    return bool(os.environ.get(CERTIFICATE))


def find_signtool() -> str | None:
    """signtool.exe on PATH, or the newest in the Windows SDK (where GitHub's runners have it)."""
    found = shutil.which("signtool")
    if found:
        return found
    kits = (
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Windows Kits" / "10" / "bin"
    )
    candidates = sorted(kits.glob("10.*/x64/signtool.exe"))
    return str(candidates[-1]) if candidates else None


def sign(path: Path) -> str:
    """Sign ``path`` with the certificate from the environment; say what happened."""
    if not have_certificate():
        return f"{path.name}: signing skipped: no certificate ({CERTIFICATE} not set)"
    signtool = find_signtool()
    if signtool is None:
        raise RuntimeError("a certificate is set but signtool.exe is not found (install the Windows SDK)")
    with tempfile.TemporaryDirectory() as scratch:
        pfx = Path(scratch) / "certificate.pfx"
        pfx.write_bytes(base64.b64decode(os.environ[CERTIFICATE]))
        command = [signtool, "sign", "/fd", "SHA256", "/f", str(pfx), "/d", appinfo.NAME]
        if os.environ.get(PASSWORD):
            command += ["/p", os.environ[PASSWORD]]
        command += ["/tr", os.environ.get(TIMESTAMP) or DEFAULT_TIMESTAMP, "/td", "SHA256", str(path)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        subprocess.run([signtool, "verify", "/pa", str(path)], check=True, stdout=subprocess.DEVNULL)
    return f"{path.name}: signed and verified"


def sign_command() -> str | None:
    """The command NSIS runs to sign what it writes, or None when there is no certificate."""
    if not have_certificate():
        return None
    return f'"{sys.executable}" "{Path(__file__).resolve()}" sign'


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "sign":
        print("usage: windows_installer.py sign FILE", file=sys.stderr)
        return 2
    print(sign(Path(argv[1])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
