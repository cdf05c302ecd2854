# Builds the Windows installer: the PyInstaller bundle, then the Inno Setup installer around it.
# Run from the repository root in PowerShell, after `py -m venv .venv` and
# `.venv\Scripts\pip install -e ".[package]"`. Needs Inno Setup 6.3 or newer (iscc.exe on PATH).
# Code signing: set PARLEY_SIGNTOOL to an Inno Setup SignTool command, for example
#   $env:PARLEY_SIGNTOOL = 'signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /n "Your Name" $f'
# The identity stays in your certificate store; nothing about it is committed.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$py = ".venv\Scripts\python.exe"
$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"' | Select-Object -First 1).Matches[0].Groups[1].Value

& $py packaging\render_icons.py build\icons
if ($LASTEXITCODE -ne 0) { throw "rendering the icons failed" }
& $py -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\parley.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& dist\parley\parley.exe self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

$iscc = @("/DAppVersion=$version", "/DSourceDir=..\..\dist\parley", "/DOutputDir=..\..\dist")
if ($env:PARLEY_SIGNTOOL) { $iscc += @("/DSignTool=parleysign", "/Sparleysign=$env:PARLEY_SIGNTOOL") }
& iscc @iscc packaging\windows\parley.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\parley-$version-windows-x64-setup.exe"
