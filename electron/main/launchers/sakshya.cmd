@echo off
rem sakshya.cmd: the command-line tool of an installed Sakshya (Windows). Runs the app binary in CLI
rem mode (the same commands as `npx sakshya`) in Electron's main process, without a window.
rem Installed as <install dir>\bin\sakshya.cmd; add that folder to PATH to call `sakshya` anywhere.
rem `--` ends Chromium's switch parsing, so no user argument is read as a browser switch.
rem A batch file waits for the (GUI-subsystem) exe to finish, so the exit code comes back here.
setlocal
"%~dp0..\Sakshya.exe" --disable-gpu --cli -- %*
exit /b %ERRORLEVEL%
