<#
.SYNOPSIS
    Signs the given files with the configuration in signing.ps1. Inno Setup's Sign Tool command, which
    build.ps1 defines, so that Setup and its uninstaller are signed the same way as ValuesDesk.exe.

.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File packaging\windows\sign.ps1 dist\some.exe
#>
param(
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)]
    [string[]]$Files
)
$ErrorActionPreference = "Stop"
. "$PSScriptRoot\signing.ps1"
Invoke-SignTool $Files
