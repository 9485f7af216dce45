<#
.SYNOPSIS
    Tries a built ValuesDesk Setup the way a person would meet it: install, update, uninstall.

.DESCRIPTION
    packaging\windows\test_installer.ps1 -Setup dist\ValuesDesk-<version>-windows-x64-setup.exe
        -Version <version> [-ExpectSigned]

    On a throw-away Windows machine (it installs for the current user and changes %APPDATA%\ValuesDesk):
    1. Setup installs; the installed program reports its version and passes --self-test.
    2. While the installed ValuesDesk runs, Setup refuses to update it (AppMutex) and leaves it whole.
    3. Setup installs again over the closed program (the update path); --self-test passes again.
    4. While ValuesDesk runs, the uninstaller refuses too; after it closes, the uninstaller removes the
       program and keeps the data folder.
    Every program gets a time limit: a frozen windowed app that crashes shows a dialog and never exits.
    With -ExpectSigned, Setup, ValuesDesk.exe and the uninstaller must carry valid signatures.
#>
param(
    [Parameter(Mandatory = $true)][string]$Setup,
    [Parameter(Mandatory = $true)][string]$Version,
    [switch]$ExpectSigned
)
$ErrorActionPreference = "Stop"

$App = "$env:LOCALAPPDATA\Programs\ValuesDesk"
$Exe = "$App\ValuesDesk.exe"
$Uninstaller = "$App\unins000.exe"
$DataMarker = "$env:APPDATA\ValuesDesk\keep.txt"
$Logs = (New-Item -ItemType Directory -Force -Path "$env:RUNNER_TEMP\installer-logs").FullName
$Silent = @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")

function Invoke-WithTimeout([string]$Program, [string[]]$Arguments, [int]$Seconds, [string]$Name) {
    <# Runs the program, returns its exit code and output; kills it and throws when it outlives the limit. #>
    $Out = "$Logs\$Name.out"
    $Err = "$Logs\$Name.err"
    $Process = Start-Process $Program -ArgumentList $Arguments -PassThru -NoNewWindow `
        -RedirectStandardOutput $Out -RedirectStandardError $Err
    $null = $Process.Handle  # keeps the handle, or ExitCode is lost once the process ends
    if (-not $Process.WaitForExit($Seconds * 1000)) {
        Stop-Process -Id $Process.Id -Force
        throw "$Name did not finish within $Seconds s"
    }
    $Output = (Get-Content $Out, $Err -ErrorAction SilentlyContinue) -join "`n"
    return @{ ExitCode = $Process.ExitCode; Output = $Output }
}

function Invoke-Setup([string]$Name) {
    $Result = Invoke-WithTimeout $Setup ($Silent + "/LOG=$Logs\$Name.log") 300 $Name
    Write-Host "$Name exit code: $($Result.ExitCode)"
    return $Result.ExitCode
}

function Invoke-Uninstaller([string]$Name) {
    $Result = Invoke-WithTimeout $Uninstaller ($Silent + "/LOG=$Logs\$Name.log") 300 $Name
    Write-Host "$Name exit code: $($Result.ExitCode)"
    return $Result.ExitCode
}

function Assert-SelfTest([string]$Name) {
    $Reported = Invoke-WithTimeout $Exe @("--version") 60 "$Name-version"
    if ($Reported.ExitCode -ne 0 -or $Reported.Output -notmatch [regex]::Escape($Version)) {
        throw "$Name --version: exit code $($Reported.ExitCode), output '$($Reported.Output)', expected $Version"
    }
    $Result = Invoke-WithTimeout $Exe @("--self-test") 300 "$Name-self-test"
    Write-Host $Result.Output
    if ($Result.ExitCode -ne 0) { throw "$Name --self-test failed with exit code $($Result.ExitCode)" }
}

function Start-ValuesDesk {
    <# The installed program with its window, on a scratch data folder, until Stop-Process. #>
    $DataDir = (New-Item -ItemType Directory -Force -Path "$env:RUNNER_TEMP\running-data-$(Get-Random)").FullName
    $Process = Start-Process $Exe -ArgumentList @("--data-dir", $DataDir) -PassThru
    $null = $Process.Handle  # keeps the handle, so that ExitCode can be read
    # Running once the database exists: by then start-up, and with it the mutex, is well behind it.
    $Deadline = (Get-Date).AddSeconds(120)
    while (-not (Test-Path "$DataDir\valuesdesk.sqlite3")) {
        if ($Process.HasExited) { throw "ValuesDesk exited at start-up with exit code $($Process.ExitCode)" }
        if ((Get-Date) -gt $Deadline) { throw "ValuesDesk did not open its data folder within 120 s" }
        Start-Sleep -Milliseconds 500
    }
    return $Process
}

function Assert-Signed([string]$File) {
    $Status = (Get-AuthenticodeSignature $File).Status
    Write-Host "$(Split-Path $File -Leaf): signature $Status"
    if ($ExpectSigned -and $Status -ne "Valid") { throw "$File is not validly signed ($Status)" }
}

Assert-Signed $Setup

# 1. Install.
if ((Invoke-Setup "install") -ne 0) { throw "Setup failed" }
if (-not (Test-Path $Exe)) { throw "Setup did not install $Exe" }
Assert-Signed $Exe
Assert-Signed $Uninstaller
Assert-SelfTest "installed"
New-Item -ItemType Directory -Force -Path (Split-Path $DataMarker) | Out-Null
Set-Content $DataMarker "keep"

# 2. No update while ValuesDesk runs.
$Running = Start-ValuesDesk
try {
    if ((Invoke-Setup "update-while-running") -eq 0) { throw "Setup updated ValuesDesk while it was running" }
    if (-not (Test-Path $Exe)) { throw "the refused update damaged the installed ValuesDesk" }
} finally {
    Stop-Process -Id $Running.Id -Force
    $Running.WaitForExit()
}

# 3. The update path: Setup over the installed, closed program.
if ((Invoke-Setup "update") -ne 0) { throw "Setup failed to update ValuesDesk" }
Assert-SelfTest "updated"

# 4. No uninstall while ValuesDesk runs; then uninstall, keeping the data.
$Running = Start-ValuesDesk
try {
    if ((Invoke-Uninstaller "uninstall-while-running") -eq 0) {
        throw "the uninstaller removed ValuesDesk while it was running"
    }
    if (-not (Test-Path $Exe)) { throw "the refused uninstall removed ValuesDesk.exe" }
} finally {
    Stop-Process -Id $Running.Id -Force
    $Running.WaitForExit()
}
if ((Invoke-Uninstaller "uninstall") -ne 0) { throw "the uninstaller failed" }
# The uninstaller finishes in a temporary copy of itself; give it a moment to remove the last files.
$Deadline = (Get-Date).AddSeconds(60)
while ((Test-Path $Exe) -and (Get-Date) -lt $Deadline) { Start-Sleep -Seconds 1 }
if (Test-Path $Exe) { throw "the uninstaller left ValuesDesk.exe behind" }
if (-not (Test-Path $DataMarker)) { throw "the uninstaller deleted the user's data" }
Write-Host "Install, refused update, update, refused uninstall and uninstall all behaved"
