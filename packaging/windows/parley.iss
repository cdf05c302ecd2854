; Inno Setup script for Parley on Windows (64-bit). Build it with packaging\windows\build.ps1,
; which builds the PyInstaller bundle first and passes the version from pyproject.toml:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\parley /DOutputDir=..\..\dist packaging\windows\parley.iss
; Signing: build.ps1 passes /Ssigntool=... when PARLEY_SIGNTOOL is set in the environment.

#ifndef AppVersion
  #error Pass the version: /DAppVersion=X.Y.Z (build.ps1 reads it from pyproject.toml)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\parley"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{7B0F4C1E-5E38-4E0B-9B7A-2B6C5D0E9A11}
AppName=Parley
AppVersion={#AppVersion}
AppVerName=Parley {#AppVersion}
AppPublisher=Parley
DefaultDirName={autopf}\Parley
DefaultGroupName=Parley
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=parley-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\parley.ico
UninstallDisplayIcon={app}\parley-window.exe
ChangesEnvironment=yes
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the parley command to PATH"; GroupDescription: "Command line:"; Flags: unchecked

[Files]
; The whole one-folder bundle: parley-window.exe (the window), parley.exe (the command line) and _internal\,
; which carries Python, Qt, llama.cpp, CTranslate2, PortAudio and the default models.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Parley"; Filename: "{app}\parley-window.exe"
Name: "{group}\Uninstall Parley"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Parley"; Filename: "{app}\parley-window.exe"; Tasks: desktopicon

[Registry]
; The command-line folder goes on the installing user's PATH (HKCU), and comes off again on uninstall.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\parley-window.exe"; Description: "{cm:LaunchProgram,Parley}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Current, Dir: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    exit;
  Dir := ';' + ExpandConstant('{app}');
  At := Pos(Uppercase(Dir), Uppercase(Current));
  if At > 0 then
  begin
    Delete(Current, At, Length(Dir));
    RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current);
  end;
end;
