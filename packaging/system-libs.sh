#!/usr/bin/env bash
# Qt needs a few shared libraries from the system (EGL, fontconfig, xkbcommon, dbus).
# Install them with apt-get when they are missing and we are allowed to; otherwise say what is missing.
set -u
need=()
for lib in libEGL.so.1 libfontconfig.so.1 libxkbcommon.so.0 libdbus-1.so.3 libGL.so.1 libxkbcommon-x11.so.0 libnss3.so; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || need+=("$lib")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "Qt needs system libraries that are missing: ${need[*]}"
pkgs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libnss3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 fonts-dejavu-core"
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null 2>&1 || echo "apt-get could not install: $pkgs"
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
  sudo apt-get install -y -qq $pkgs || echo "install these packages yourself: $pkgs"
else
  echo "install the equivalents of these Debian packages yourself: $pkgs"
fi
exit 0
