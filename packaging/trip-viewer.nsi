; Trip Viewer's Windows installer (NSIS 3.08 or later).
;
; Built by packaging/release.py, which first writes three include files into
; BUILD_DIR (passed as -DBUILD_DIR=...):
;   defines.nsh            names, version, icon, payload and output paths (from packaging/appinfo.py)
;   install-files.nsh      one File command per file of the frozen app
;   uninstall-files.nsh    one Delete per file and one RMDir per folder, deepest first
; so the uninstaller removes exactly what the installer put down: a trip or any
; other file a person saved in the program's folder stays, and so does the folder.
;
; Per user by default: no administrator rights and no UAC prompt; the app goes
; to %LOCALAPPDATA%\Programs\Trip Viewer and its registry entries to HKCU.
; "/AllUsers" on the command line (run as administrator) installs into
; Program Files for everyone instead; the uninstaller remembers which.
; Manifests (.yaml, .yml) get "Open with > Trip Viewer" through OpenWithProgids:
; Trip Viewer is offered, never made the default for YAML.

Unicode true
!ifdef TARGET ; e.g. amd64-unicode, for a local test under wine64 (release builds use the default, x86)
  Target ${TARGET}
!endif
!include "${BUILD_DIR}/defines.nsh"
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include x64.nsh

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define CLASSES "Software\Classes"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${NAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=1033 "ProductName" "${NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${NAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${COPYRIGHT}"

; Authenticode: release.py defines SIGN_COMMAND only when a certificate is supplied.
!ifdef SIGN_COMMAND
  !finalize '${SIGN_COMMAND} "%1"' = 0
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
!endif

Var AllUsers
Var DefaultDir ; 1 when $INSTDIR is still the per-user default (no /D= given)

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open the sample trip now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

; "/AllUsers" anywhere on the command line: install for everyone (needs an elevated run).
!macro CHOOSE_SCOPE WHAT
  !if ${NSIS_PTR_SIZE} < 8 ; a 32-bit installer: write where the 64-bit app's registry is
    ${If} ${RunningX64}
      SetRegView 64
    ${EndIf}
  !endif
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/AllUsers" $1
  ${If} ${Errors}
    StrCpy $AllUsers 0
    SetShellVarContext current
  ${Else}
    StrCpy $AllUsers 1
    UserInfo::GetAccountType
    Pop $1
    ${If} $1 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "${WHAT} for all users (/AllUsers) needs an administrator: run it as administrator." /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    SetShellVarContext all
  ${EndIf}
!macroend

Function .onInit
  ; Compare before CHOOSE_SCOPE: for all users, $LOCALAPPDATA names another folder.
  StrCpy $DefaultDir 0
  ${If} $INSTDIR == "$LOCALAPPDATA\Programs\${NAME}"
    StrCpy $DefaultDir 1
  ${EndIf}
  !insertmacro CHOOSE_SCOPE "Installing ${NAME}"
  ${If} $AllUsers == 1
  ${AndIf} $DefaultDir == 1
    StrCpy $INSTDIR "$PROGRAMFILES64\${NAME}" ; the app is 64-bit
  ${EndIf}
FunctionEnd

Function un.onInit
  !insertmacro CHOOSE_SCOPE "Removing ${NAME}"
FunctionEnd

Section "${NAME}" SectionApp
  SectionIn RO
  ; An earlier version: let its own uninstaller remove its files first (it knows them),
  ; in place (_?=) so that it does not copy itself away and return at once.
  ${If} ${FileExists} "$INSTDIR\uninstall.exe"
    ${If} $AllUsers == 1
      ExecWait '"$INSTDIR\uninstall.exe" /S /AllUsers _?=$INSTDIR'
    ${Else}
      ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
    ${EndIf}
    Delete "$INSTDIR\uninstall.exe"
  ${EndIf}

  !include "${BUILD_DIR}/install-files.nsh"

  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "${DESCRIPTION}"

  ; "Open with": the ProgID says how to open a manifest; .yaml and .yml list it
  ; under OpenWithProgids, which adds to the menu without taking the default.
  WriteRegStr SHCTX "${CLASSES}\${PROGID}" "" "${MANIFEST_TYPE_NAME}"
  WriteRegStr SHCTX "${CLASSES}\${PROGID}" "FriendlyTypeName" "${MANIFEST_TYPE_NAME}"
  WriteRegStr SHCTX "${CLASSES}\${PROGID}\DefaultIcon" "" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "${CLASSES}\${PROGID}\shell\open" "FriendlyAppName" "${NAME}"
  WriteRegStr SHCTX "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr SHCTX "${CLASSES}\.yaml\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "${CLASSES}\.yml\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "${CLASSES}\Applications\${EXE}" "FriendlyAppName" "${NAME}"
  WriteRegStr SHCTX "${CLASSES}\Applications\${EXE}\SupportedTypes" ".yaml" ""
  WriteRegStr SHCTX "${CLASSES}\Applications\${EXE}\SupportedTypes" ".yml" ""
  WriteRegStr SHCTX "${CLASSES}\Applications\${EXE}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'

  ; Settings > Apps lists it, with a way to remove it.
  ${If} $AllUsers == 1
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /AllUsers'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /AllUsers /S'
  ${Else}
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  ${EndIf}
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${EXE}",0'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${NAME}.lnk"

  DeleteRegValue SHCTX "${CLASSES}\.yaml\OpenWithProgids" "${PROGID}"
  DeleteRegValue SHCTX "${CLASSES}\.yml\OpenWithProgids" "${PROGID}"
  DeleteRegKey /IfEmpty SHCTX "${CLASSES}\.yaml\OpenWithProgids"
  DeleteRegKey /IfEmpty SHCTX "${CLASSES}\.yaml"
  DeleteRegKey /IfEmpty SHCTX "${CLASSES}\.yml\OpenWithProgids"
  DeleteRegKey /IfEmpty SHCTX "${CLASSES}\.yml"
  DeleteRegKey SHCTX "${CLASSES}\${PROGID}"
  DeleteRegKey SHCTX "${CLASSES}\Applications\${EXE}"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"

  ; Exactly the files the installer put down, then the folders if they are now empty:
  ; settings, caches and trips elsewhere or saved here by a person are not touched.
  !include "${BUILD_DIR}/uninstall-files.nsh"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
