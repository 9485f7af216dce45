; Inno Setup 6 script for ValuesDesk: a per-user install that needs no administrator rights.
;
;   ISCC /DMyAppVersion=0.1.0 /DBundleDir=C:\path\to\dist\ValuesDesk /DOutputDir=C:\path\to\dist
;        packaging\windows\valuesdesk.iss
;
; packaging\windows\build.ps1 runs PyInstaller and then this with the right values.

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=x.y.z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\ValuesDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define MyAppName "ValuesDesk"
#define MyAppExeName "ValuesDesk.exe"

[Setup]
; Never change AppId: it is how updates find and replace an existing install.
AppId={{F1C2014C-86E1-4699-BD3F-287E52B32666}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=The ValuesDesk developers
AppCopyright=MIT License, the ValuesDesk developers
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

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle, so no library or Qt plugin of the old version lingers.
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
// a silent uninstall always keeps them.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir, LocalDir: String;
begin
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
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    DelTree(LocalDir, True, True, True);
  end;
end;
