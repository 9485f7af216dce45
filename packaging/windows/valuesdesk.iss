; Inno Setup script for ValuesDesk: a per-user install that needs no administrator rights.
;
;   ISCC /DMyAppVersion=1.2rc1 /DWindowsVersion=1.2.0.30001 /DBundleDir=C:\path\to\dist\ValuesDesk
;        /DOutputDir=C:\path\to\dist [/DSignToolName=name "/Sname=command $f"] packaging\windows\valuesdesk.iss
;
; packaging\windows\build.ps1 runs PyInstaller and then this with the right values; WindowsVersion comes
; from packaging/release_version.py, so that a pre-release's file version stays below its final's.

; x64compatible (below) needs Inno Setup 6.3; the release workflow installs a pinned version.
#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed
#endif
#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=x.y.z
#endif
#ifndef WindowsVersion
  #error Pass the four-part file version: ISCC /DWindowsVersion=a.b.c.d (packaging\release_version.py --windows)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\ValuesDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define MyAppName "ValuesDesk"
#define MyAppExeName "ValuesDesk.exe"
; valuesdesk.windows_mutex.APP_MUTEX_NAME: ValuesDesk holds it while it runs (tests/packaging checks they agree).
#define AppMutexName "org.valuesdesk.ValuesDesk.Running"

[Setup]
; Never change AppId: it is how updates find and replace an existing install.
AppId={{F1C2014C-86E1-4699-BD3F-287E52B32666}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=The ValuesDesk developers
AppCopyright=MIT License, the ValuesDesk developers
VersionInfoVersion={#WindowsVersion}
; Setup and Uninstall wait until ValuesDesk is closed: no update replaces a running program and no uninstall
; deletes an open diary. Silent runs (/SUPPRESSMSGBOXES) stop instead, with a non-zero exit code.
AppMutex={#AppMutexName}
; Qt 6 needs Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
; Per-user: {autopf} becomes %LOCALAPPDATA%\Programs and no UAC prompt appears.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=ValuesDesk-{#MyAppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\valuesdesk.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
#ifdef SignToolName
; build.ps1 defines the Sign Tool (packaging\windows\sign.ps1) when signing is configured. Setup, its temporary
; copies and the uninstaller are all signed, so none of them meets SmartScreen or Smart App Control unsigned.
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle, so no library or Qt plugin of the old version lingers. AppMutex keeps
; this from running while ValuesDesk runs and holds these files.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The uninstaller removes only what Setup installed. The user's data (platformdirs
// user_data_dir("ValuesDesk", roaming=True)) and logs (user_log_dir) go only if the user says so;
// a silent uninstall always keeps them. AppMutex made Uninstall wait until ValuesDesk was closed, but
// ValuesDesk can be started again while the question below is open: then the data stays.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, LocalDir: String;
begin
  // "Start ValuesDesk when I log in" (valuesdesk/autostart.py: RUN_KEY, RUN_VALUE): removed with the program.
  if CurUninstallStep = usUninstall then
    RegDeleteValue(HKCU, 'Software\Microsoft\Windows\CurrentVersion\Run', '{#MyAppName}');
  if (CurUninstallStep <> usUninstall) or UninstallSilent then
    Exit;
  DataDir := ExpandConstant('{userappdata}\{#MyAppName}');
  LocalDir := ExpandConstant('{localappdata}\{#MyAppName}');
  if not (DirExists(DataDir) or DirExists(LocalDir)) then
    Exit;
  if MsgBox('Also delete your ValuesDesk diary and data?' + #13#10#13#10 +
            'This permanently deletes everything ValuesDesk saved in' + #13#10 +
            DataDir + #13#10 + 'and its logs in' + #13#10 + LocalDir + #13#10#13#10 +
            'Choose No to keep them, for example to reinstall ValuesDesk later.',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) <> IDYES then
    Exit;
  if CheckForMutexes('{#AppMutexName}') then
  begin
    MsgBox('ValuesDesk is running again, so your diary and data were kept.' + #13#10#13#10 +
           'To delete them, close ValuesDesk and delete these folders yourself:' + #13#10 +
           DataDir + #13#10 + LocalDir, mbInformation, MB_OK);
    Exit;
  end;
  DelTree(DataDir, True, True, True);
  DelTree(LocalDir, True, True, True);
end;
