#!/usr/bin/env bash
# PyInstaller needs objdump (binutils) on Linux to tell binaries from data; ldd comes with libc.
# Installed with apt-get when missing and we are allowed to, as system-libs.sh does; unlike the
# libraries there, the bundle cannot be built without it, so a miss fails the build.
set -u
[ "$(uname -s)" = Linux ] || exit 0
command -v objdump >/dev/null 2>&1 && exit 0
echo "PyInstaller needs objdump (the binutils package); installing it"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils >/dev/null 2>&1
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
  # -n: fail rather than wait for a password nobody types (CI)
  sudo -n apt-get update -qq >/dev/null 2>&1
  sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils
fi
command -v objdump >/dev/null 2>&1 && exit 0
echo "objdump is still missing: install binutils (or your system's equivalent) and run make bundle again" >&2
exit 1
