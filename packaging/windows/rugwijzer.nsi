; Rugwijzer's Windows installer (NSIS 3, Modern UI 2), per machine, Dutch and English.
;
; Compiled by packaging/build.py, which passes the values below with -D:
;   VERSION            e.g. 1.2.0 (rugwijzer.__version__)
;   VERSION_QUAD       e.g. 1.2.0.0 (the installer's own version resource)
;   SOURCE_DIR         the frozen program folder (dist\rugwijzer)
;   ICON               build\icons\rugwijzer.ico
;   OUTFILE            the installer to write
;   INSTALLED_SIZE_KB  size of SOURCE_DIR, for Apps & features
;
; Command line (all optional; /S for a silent install):
;   /S                      silent: no pages, no questions
;   /D=C:\path              install folder (must be last, without quotes)
;   /CLINIC=C:\path\clinic.toml
;                           copy this clinic profile to %PROGRAMDATA%\Rugwijzer\clinic.toml
;   /KIOSK                  tablet mode: shortcuts start with --kiosk, and Rugwijzer starts
;                           when anyone signs in
;   /NOKIOSK                undo /KIOSK of an earlier installation
;   /DESKTOP                also place a shortcut on the desktop (the checkbox, silently)
; Exit codes: 0 done, 1 cancelled or failed, 2 a bad /CLINIC= file.
; The uninstaller takes /S as well.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!macro Required NAME
  !ifndef ${NAME}
    !error "${NAME} is not defined: compile through packaging/build.py, which defines it"
  !endif
!macroend
!insertmacro Required VERSION
!insertmacro Required VERSION_QUAD
!insertmacro Required SOURCE_DIR
!insertmacro Required ICON
!insertmacro Required OUTFILE
!insertmacro Required INSTALLED_SIZE_KB

!define APP_NAME "Rugwijzer"
!define PUBLISHER "Rugwijzer"
!define EXE "rugwijzer.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Rugwijzer"
!define APP_KEY "Software\Rugwijzer"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
; An upgrade goes where the earlier version is.
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

Var Kiosk          ; "1": shortcuts and sign-in start Rugwijzer in tablet mode
Var Clinic         ; the /CLINIC= file, or empty
Var Arguments      ; command-line arguments of the shortcuts

; --- pages --------------------------------------------------------------------------------

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_PARAMETERS "$Arguments"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SectionProgram ${LANG_DUTCH} "Rugwijzer (vereist)"
LangString SectionProgram ${LANG_ENGLISH} "Rugwijzer (required)"
LangString SectionProgramInfo ${LANG_DUTCH} "Het programma met alle teksten en afbeeldingen, en een snelkoppeling in het menu Start."
LangString SectionProgramInfo ${LANG_ENGLISH} "The program with all texts and pictures, and a shortcut in the Start menu."
LangString SectionDesktop ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionDesktopInfo ${LANG_DUTCH} "Een snelkoppeling naar Rugwijzer op het bureaublad van alle gebruikers."
LangString SectionDesktopInfo ${LANG_ENGLISH} "A shortcut to Rugwijzer on every user's desktop."
LangString ClinicMissing ${LANG_DUTCH} "Het kliniekprofiel $Clinic bestaat niet. Er is niets geïnstalleerd."
LangString ClinicMissing ${LANG_ENGLISH} "The clinic profile $Clinic does not exist. Nothing was installed."
LangString ClinicFailed ${LANG_DUTCH} "Het kliniekprofiel kon niet naar $APPDATA\Rugwijzer worden gekopieerd."
LangString ClinicFailed ${LANG_ENGLISH} "The clinic profile could not be copied to $APPDATA\Rugwijzer."
LangString Needs64Bit ${LANG_DUTCH} "Rugwijzer vereist een 64-bits versie van Windows."
LangString Needs64Bit ${LANG_ENGLISH} "Rugwijzer needs a 64-bit version of Windows."
LangString StillRunning ${LANG_DUTCH} "Rugwijzer is nog geopend. Sluit het programma en kies Opnieuw."
LangString StillRunning ${LANG_ENGLISH} "Rugwijzer is still open. Close it, then choose Retry."

; --- install ------------------------------------------------------------------------------

Section "!$(SectionProgram)" SecProgram
  SectionIn RO
  SetShellVarContext all
  SetRegView 64

  ; The program is replaced as a whole, so nothing of an earlier version stays behind.
  ; Settings (%APPDATA%) and the clinic profile (%PROGRAMDATA%) are not in this folder.
  ; A running program cannot be replaced: ask to close it (silently: give up, exit code 1).
  retry:
  ClearErrors
  Delete "$INSTDIR\${EXE}"
  ${If} ${Errors}
  ${AndIf} ${FileExists} "$INSTDIR\${EXE}"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 1
    Abort
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"

  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"

  ${If} $Clinic != ""
    CreateDirectory "$APPDATA\Rugwijzer"
    ClearErrors
    CopyFiles /SILENT "$Clinic" "$APPDATA\Rugwijzer\clinic.toml"
    ${If} ${Errors}
      MessageBox MB_ICONSTOP "$(ClinicFailed)" /SD IDOK
      SetErrorLevel 2
    ${Else}
      WriteRegDWORD HKLM "${APP_KEY}" "ClinicProfile" 1
    ${EndIf}
  ${EndIf}

  ; Start menu, and for tablets the program at every sign-in.
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "$Arguments" "$INSTDIR\${EXE}" 0
  Delete "$SMSTARTUP\${APP_NAME}.lnk"
  ${If} $Kiosk == "1"
    CreateShortcut "$SMSTARTUP\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "$Arguments" "$INSTDIR\${EXE}" 0
  ${EndIf}

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"
  WriteRegDWORD HKLM "${APP_KEY}" "Kiosk" $Kiosk

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_SIZE_KB}
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(SectionDesktop)" SecDesktop
  SetShellVarContext all
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "$Arguments" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SectionProgramInfo)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SectionDesktopInfo)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    SetErrorLevel 1
    Quit
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY

  ${GetParameters} $R0
  ; Tablet mode stays as the earlier installation had it unless the command line says.
  ReadRegDWORD $Kiosk HKLM "${APP_KEY}" "Kiosk"
  ${If} $Kiosk != "1"
    StrCpy $Kiosk "0"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/KIOSK" $R1
  ${IfNot} ${Errors}
    StrCpy $Kiosk "1"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/NOKIOSK" $R1
  ${IfNot} ${Errors}
    StrCpy $Kiosk "0"
  ${EndIf}
  ${If} $Kiosk == "1"
    StrCpy $Arguments "--kiosk"
  ${Else}
    StrCpy $Arguments ""
  ${EndIf}

  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}

  ClearErrors
  StrCpy $Clinic ""
  ${GetOptions} $R0 "/CLINIC=" $Clinic
  ${If} $Clinic != ""
    ; A quoted path keeps its quotes in GetOptions' result.
    StrCpy $R2 $Clinic 1
    ${If} $R2 == '"'
      StrCpy $Clinic $Clinic "" 1
      StrCpy $Clinic $Clinic -1
    ${EndIf}
    GetFullPathName $Clinic $Clinic
    ${IfNot} ${FileExists} $Clinic
      MessageBox MB_ICONSTOP "$(ClinicMissing)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

; --- uninstall ----------------------------------------------------------------------------

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$SMSTARTUP\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; A clinic profile that the installer placed (/CLINIC=) goes too; one that the clinic's IT
  ; put there by other means, or a logo beside it, stays.
  ReadRegDWORD $R0 HKLM "${APP_KEY}" "ClinicProfile"
  ${If} $R0 == "1"
    Delete "$APPDATA\Rugwijzer\clinic.toml"
    RMDir "$APPDATA\Rugwijzer"
  ${EndIf}

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "${APP_KEY}"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
