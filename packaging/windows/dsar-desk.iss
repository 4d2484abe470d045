; Inno Setup script of DSAR Desk (Windows installer). NOT BUILT OR TESTED HERE: see packaging/README.md.
;
; On Windows, after packaging\build.sh (or the PowerShell lines of the README) made
; dist\dsar-desk\dsar-desk.exe and build\icons\dsar-desk.ico:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\dsar-desk.iss
; writes dist\dsar-desk-0.1.0-setup.exe. Installs per user by default (no administrator needed);
; the user can choose "for all users" in the installer. Uninstalling leaves the user's data
; (%LOCALAPPDATA%\dsar-desk) in place.

#define AppName "DSAR Desk"
#define AppVersion "0.1.0"
#define AppExe "dsar-desk.exe"
#define Root "..\.."

[Setup]
AppId={{6C0E3F5A-2B1D-4E8A-9F4B-3D2A7C9E1B50}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The DSAR Desk developers
DefaultDirName={autopf}\DSAR Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=dsar-desk-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\dsar-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build.
Source: "{#Root}\dist\dsar-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there; the database and settings live in the user's AppData.
Type: filesandordirs; Name: "{app}\_internal"
