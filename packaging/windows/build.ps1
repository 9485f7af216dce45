<#
.SYNOPSIS
    Builds the ValuesDesk Windows installer: the PyInstaller bundle, signed, then Inno Setup.

.DESCRIPTION
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 [-DistDir DIR] [-WorkDir DIR]

    (-ExecutionPolicy Bypass because Windows runs no unsigned script under its default policy.)
    DistDir and WorkDir default to dist\ and build\ in the checkout. Needs PyInstaller in the active Python
    and Inno Setup 6.3 or newer: ISCC from $env:ISCC, the PATH, or its default folder.

    Signing runs when packaging\windows\signing.ps1 finds a configuration (Trusted Signing, a certificate in
    the store, or a .pfx): every .exe, .dll and .pyd of the bundle that is not signed yet (Smart App Control
    checks each one), then Setup and its uninstaller through Inno Setup's Sign Tool. With REQUIRE_SIGNING=1
    a missing configuration is an error instead of an unsigned installer.
#>
param(
    [string]$DistDir = "$PSScriptRoot\..\..\dist",
    [string]$WorkDir = "$PSScriptRoot\..\..\build"
)
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\signing.ps1"

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
New-Item -ItemType Directory -Force -Path $DistDir, $WorkDir | Out-Null
$DistDir = (Resolve-Path $DistDir).Path
$WorkDir = (Resolve-Path $WorkDir).Path

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

function Find-Iscc {
    if ($env:ISCC) { return $env:ISCC }
    $OnPath = Get-Command iscc -ErrorAction SilentlyContinue
    if ($OnPath) { return $OnPath.Source }
    $Default = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
    if (Test-Path $Default) { return $Default }
    throw "ISCC.exe not found: install Inno Setup 6.3 or newer, or set ISCC to its path"
}

function Get-ReleaseVersion([string[]]$Arguments) {
    $Output = & python "$Root\packaging\release_version.py" @Arguments
    if ($LASTEXITCODE -ne 0) { throw "packaging\release_version.py failed with exit code $LASTEXITCODE" }
    return "$Output".Trim()
}

$Version = Get-ReleaseVersion @()
$WindowsVersion = Get-ReleaseVersion @("--windows")

$SigningMode = Get-SigningMode
if (-not $SigningMode) {
    if ($env:REQUIRE_SIGNING -eq "1") { throw "REQUIRE_SIGNING=1, but no code-signing configuration is set" }
    Write-Host "No code-signing configuration: ValuesDesk.exe, Setup and the uninstaller stay unsigned" `
        "(SmartScreen warns; Smart App Control blocks them)"
}

Invoke-Checked "python" @("-m", "PyInstaller", "--noconfirm", "--distpath", $DistDir,
    "--workpath", $WorkDir, "$Root\packaging\valuesdesk.spec")
$Bundle = "$DistDir\ValuesDesk"

$IsccArguments = @("/DMyAppVersion=$Version", "/DWindowsVersion=$WindowsVersion", "/DBundleDir=$Bundle",
    "/DOutputDir=$DistDir")
if ($SigningMode) {
    # Python's own DLLs come signed by the PSF; everything else (Qt, PySide6, the bootloader) gets our signature.
    $Unsigned = @(Get-ChildItem $Bundle -Recurse -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" } |
        ForEach-Object { $_.FullName })
    Invoke-SignTool $Unsigned
    # ISCC runs this command for Setup, its temporary copies and the uninstaller; $q is a quote, $f the file.
    $SignCommand = 'powershell.exe -NoProfile -ExecutionPolicy Bypass -File $q' +
        "$PSScriptRoot\sign.ps1" + '$q $f'
    $IsccArguments += @("/DSignToolName=valuesdesk", "/Svaluesdesk=$SignCommand")
}

$Iscc = Find-Iscc
$IsccVersion = (Get-Item $Iscc).VersionInfo
Write-Host "Inno Setup $($IsccVersion.FileMajorPart).$($IsccVersion.FileMinorPart).$($IsccVersion.FileBuildPart) ($Iscc)"
Invoke-Checked $Iscc ($IsccArguments + @("$Root\packaging\windows\valuesdesk.iss"))

$Installer = "$DistDir\ValuesDesk-$Version-windows-x64-setup.exe"
$Signature = (Get-AuthenticodeSignature $Installer).Status
$Megabytes = "{0:N1}" -f ((Get-Item $Installer).Length / 1e6)
Write-Host "${Installer}: $Megabytes MB, signature: $Signature"
if ($SigningMode -and $Signature -ne "Valid") { throw "Setup is not validly signed ($Signature)" }
