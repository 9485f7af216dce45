<#
.SYNOPSIS
    Authenticode signing for ValuesDesk's Windows files with signtool; dot-sourced by build.ps1 and sign.ps1.

.DESCRIPTION
    Three ways to sign, chosen by which environment variables are set (the first that is complete wins):

    Trusted Signing (Azure's cloud signer; the key never leaves Microsoft's HSM):
        TRUSTED_SIGNING_DLIB      path to Azure.CodeSigning.Dlib.dll (x64) from the
                                  Microsoft.Trusted.Signing.Client NuGet package
        TRUSTED_SIGNING_METADATA  path to a JSON file with Endpoint, CodeSigningAccountName and
                                  CertificateProfileName
        plus what Azure's DefaultAzureCredential reads, e.g. AZURE_TENANT_ID, AZURE_CLIENT_ID and
        AZURE_CLIENT_SECRET.
    A certificate in the Windows certificate store, e.g. on a hardware token or behind a cloud HSM's KSP:
        WINDOWS_CERTIFICATE_SHA1  the certificate's SHA-1 thumbprint
    An exportable .pfx file (code-signing keys issued since June 2023 cannot be exported; for older ones):
        WINDOWS_CERTIFICATE_PATH, WINDOWS_CERTIFICATE_PASSWORD

    WINDOWS_TIMESTAMP_URL overrides the RFC 3161 timestamp server (Trusted Signing's own by default with
    Trusted Signing, DigiCert's otherwise). SIGNTOOL overrides where signtool.exe is looked for.
#>

function Get-SigningMode {
    <# "trusted-signing", "certificate-store", "pfx", or $null when nothing is configured. #>
    if ($env:TRUSTED_SIGNING_DLIB -and $env:TRUSTED_SIGNING_METADATA) { return "trusted-signing" }
    if ($env:WINDOWS_CERTIFICATE_SHA1) { return "certificate-store" }
    if ($env:WINDOWS_CERTIFICATE_PATH -and $env:WINDOWS_CERTIFICATE_PASSWORD) { return "pfx" }
    return $null
}

function Find-SignTool {
    <# signtool.exe from $env:SIGNTOOL or the newest x64 Windows SDK, with a clear message if there is none. #>
    if ($env:SIGNTOOL) {
        if (-not (Test-Path $env:SIGNTOOL)) { throw "SIGNTOOL is set to $env:SIGNTOOL, which does not exist" }
        return $env:SIGNTOOL
    }
    $Candidates = @(Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\10.*\x64\signtool.exe" `
        -ErrorAction SilentlyContinue)
    if ($Candidates.Count -eq 0) {
        throw ("signtool.exe not found: install the Windows SDK with its 'Signing Tools for Desktop Apps' " +
            "(winget install Microsoft.WindowsSDK), or set SIGNTOOL to its path")
    }
    # The SDK folders are named by version (10.0.22621.0, 10.0.26100.0): compare them as versions, not text.
    $Newest = $Candidates | Sort-Object { [version]$_.Directory.Parent.Name } | Select-Object -Last 1
    return $Newest.FullName
}

function Invoke-SignTool([string[]]$Files) {
    <# Signs and timestamps the files (SHA-256), then verifies each signature; throws on any failure. #>
    $Mode = Get-SigningMode
    if (-not $Mode) { throw "no code-signing configuration: see packaging\windows\signing.ps1" }
    $SignTool = Find-SignTool
    if ($Mode -eq "trusted-signing") {
        $Timestamp = "http://timestamp.acs.microsoft.com"
        $Identity = @("/dlib", $env:TRUSTED_SIGNING_DLIB, "/dmdf", $env:TRUSTED_SIGNING_METADATA)
    } elseif ($Mode -eq "certificate-store") {
        $Timestamp = "http://timestamp.digicert.com"
        $Identity = @("/sha1", $env:WINDOWS_CERTIFICATE_SHA1)
    } else {
        $Timestamp = "http://timestamp.digicert.com"
        $Identity = @("/f", $env:WINDOWS_CERTIFICATE_PATH, "/p", $env:WINDOWS_CERTIFICATE_PASSWORD)
    }
    if ($env:WINDOWS_TIMESTAMP_URL) { $Timestamp = $env:WINDOWS_TIMESTAMP_URL }
    Write-Host "Signing $($Files.Count) file(s) with signtool ($Mode)"
    # signtool takes many files at once; batches keep the command line far below Windows' 32767 characters.
    for ($Start = 0; $Start -lt $Files.Count; $Start += 50) {
        $Batch = $Files[$Start..([Math]::Min($Start + 49, $Files.Count - 1))]
        & $SignTool sign /fd sha256 /tr $Timestamp /td sha256 /d "ValuesDesk" @Identity @Batch
        if ($LASTEXITCODE -ne 0) { throw "signtool sign failed with exit code $LASTEXITCODE" }
        & $SignTool verify /pa /q @Batch
        if ($LASTEXITCODE -ne 0) { throw "signtool verify failed with exit code $LASTEXITCODE" }
    }
}
