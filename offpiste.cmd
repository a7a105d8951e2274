@echo off
rem Offpiste launcher for Windows: builds the program with the Maven Wrapper on first use (or
rem when the sources changed), then starts it. Without arguments it opens the window; with a
rem subcommand it runs the command line. Needs only a JDK 17 or later.
setlocal EnableExtensions DisableDelayedExpansion

set "OFFPISTE_ROOT=%~dp0"
if "%OFFPISTE_ROOT:~-1%"=="\" set "OFFPISTE_ROOT=%OFFPISTE_ROOT:~0,-1%"
set "OFFPISTE_JAR=%OFFPISTE_ROOT%\target\offpiste.jar"
set "OFFPISTE_LIB=%OFFPISTE_ROOT%\target\lib"

rem The Java to use: JAVA_HOME's when set, else the one on the PATH (the wrapper does the same).
set "OFFPISTE_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "OFFPISTE_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined OFFPISTE_JAVA (
    where java >nul 2>nul
    if errorlevel 1 (
        echo offpiste: Java not found. Install a JDK 17 or later ^(e.g. Temurin^) and try again. 1>&2
        exit /b 1
    )
    set "OFFPISTE_JAVA=java"
)

rem The major version, from the quoted string of "java -version": 17.0.15 gives 17, 1.8.0 gives 1.
set "OFFPISTE_JAVA_VERSION="
for /f "tokens=3" %%v in ('call "%OFFPISTE_JAVA%" -version 2^>^&1 ^| findstr /i "version"') do (
    if not defined OFFPISTE_JAVA_VERSION set "OFFPISTE_JAVA_VERSION=%%~v"
)
set "OFFPISTE_JAVA_MAJOR=0"
for /f "delims=.-+ " %%m in ("%OFFPISTE_JAVA_VERSION%") do set "OFFPISTE_JAVA_MAJOR=%%m"
set /a OFFPISTE_JAVA_MAJOR=OFFPISTE_JAVA_MAJOR+0 2>nul
if %OFFPISTE_JAVA_MAJOR% LSS 17 (
    echo offpiste: Java 17 or later is needed, found %OFFPISTE_JAVA_VERSION%. Install a JDK 17+ or set JAVA_HOME. 1>&2
    exit /b 1
)

rem Build when the jar or its libraries are missing, or older than pom.xml or anything under src\main.
set "OFFPISTE_BUILD=0"
if not exist "%OFFPISTE_JAR%" set "OFFPISTE_BUILD=1"
if not exist "%OFFPISTE_LIB%\" set "OFFPISTE_BUILD=1"
if "%OFFPISTE_BUILD%"=="0" (
    powershell -NoProfile -ExecutionPolicy Bypass -Command ^
      "$j = (Get-Item -LiteralPath $env:OFFPISTE_JAR).LastWriteTimeUtc;" ^
      "$n = @(Get-Item -LiteralPath (Join-Path $env:OFFPISTE_ROOT 'pom.xml')) + @(Get-ChildItem -LiteralPath (Join-Path $env:OFFPISTE_ROOT 'src\main') -Recurse -File);" ^
      "if ($n | Where-Object { $_.LastWriteTimeUtc -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }" >nul 2>nul
    if errorlevel 1 set "OFFPISTE_BUILD=1"
)

if "%OFFPISTE_BUILD%"=="1" (
    if exist "%OFFPISTE_JAR%" (
        echo Rebuilding Offpiste ^(the sources changed^)... 1>&2
    ) else (
        echo Building Offpiste ^(first run, about a minute^)... 1>&2
    )
    pushd "%OFFPISTE_ROOT%"
    call "%OFFPISTE_ROOT%\mvnw.cmd" -B -q -Dmaven.test.skip=true package > "%TEMP%\offpiste-build.log" 2>&1
    if errorlevel 1 (
        popd
        type "%TEMP%\offpiste-build.log" 1>&2
        echo offpiste: the build failed ^(output above^). 1>&2
        exit /b 1
    )
    popd
    rem Maven keeps the jar's time when nothing changed: touch it so the check above passes next time.
    pushd "%OFFPISTE_ROOT%\target"
    copy /b offpiste.jar +,, >nul
    popd
)

rem UTF-8 for files and pipes whatever the code page, as Java 18+ does by default (JEP 400).
"%OFFPISTE_JAVA%" -Dfile.encoding=UTF-8 -jar "%OFFPISTE_JAR%" %*
exit /b %ERRORLEVEL%
