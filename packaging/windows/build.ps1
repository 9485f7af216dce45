<#
.SYNOPSIS
    Builds the ValuesDesk Windows installer: the PyInstaller bundle, then Inno Setup.

.DESCRIPTION
    packaging\windows\build.ps1 [-DistDir DIR] [-WorkDir DIR]

    DistDir and WorkDir default to dist\ and build\ in the checkout. Needs PyInstaller in the
    active Python and Inno Setup 6 (ISCC on the PATH or in its default folder).

    Signing is optional: set WINDOWS_CERTIFICATE_PATH (a .pfx file) and
    WINDOWS_CERTIFICATE_PASSWORD to sign ValuesDesk.exe and the installer with signtool.
#>
param(
    [string]$DistDir = "$PSScriptRoot\..\..\dist",
    [string]$WorkDir = "$PSScriptRoot\..\..\build"
)
$ErrorActionPreference = "Stop"

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
New-Item -ItemType Directory -Force -Path $DistDir, $WorkDir | Out-Null
$DistDir = (Resolve-Path $DistDir).Path
$WorkDir = (Resolve-Path $WorkDir).Path

$VersionLine = Select-String -Path "$Root\valuesdesk\__init__.py" -Pattern '^__version__ = "(.+)"$'
$Version = $VersionLine.Matches[0].Groups[1].Value

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

function Invoke-SignTool([string[]]$Files) {
    if (-not ($env:WINDOWS_CERTIFICATE_PATH -and $env:WINDOWS_CERTIFICATE_PASSWORD)) {
        Write-Host "WINDOWS_CERTIFICATE_PATH/PASSWORD not set: skipping code signing of $Files"
        return
    }
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    Invoke-Checked $SignTool.FullName (@(
        "sign", "/f", $env:WINDOWS_CERTIFICATE_PATH, "/p", $env:WINDOWS_CERTIFICATE_PASSWORD,
        "/fd", "sha256", "/tr", "http://timestamp.digicert.com", "/td", "sha256"
    ) + $Files)
}

Invoke-Checked "python" @("-m", "PyInstaller", "--noconfirm", "--distpath", $DistDir,
    "--workpath", $WorkDir, "$Root\packaging\valuesdesk.spec")
Invoke-SignTool @("$DistDir\ValuesDesk\ValuesDesk.exe")

$Iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Invoke-Checked $Iscc @("/DMyAppVersion=$Version", "/DBundleDir=$DistDir\ValuesDesk",
    "/DOutputDir=$DistDir", "$Root\packaging\windows\valuesdesk.iss")

$Installer = "$DistDir\ValuesDesk-$Version-windows-x64-setup.exe"
Invoke-SignTool @($Installer)
$Megabytes = "{0:N1}" -f ((Get-Item $Installer).Length / 1e6)
Write-Host "${Installer}: $Megabytes MB"
