#!/bin/sh
# Installs the Debian 12 packages Ntm needs to build, run and test.
# Only what is missing is installed; run as root or as a user with sudo.
set -eu

packages="
  gcc make pkg-config meson ninja-build python3
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libshumate-dev
  libsqlite3-dev sqlite3 libgdal-dev gdal-bin libxlsxwriter-dev libpango1.0-dev libcairo2-dev
  gettext appstream desktop-file-utils
  xvfb xauth poppler-utils unzip fonts-dejavu-core fonts-noto-core
  fonts-liberation2
"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  exit 0
fi

echo "Installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
else
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
