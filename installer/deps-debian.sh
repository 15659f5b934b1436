#!/usr/bin/env bash
# Installs every build and test dependency of Relance on Debian 12 (bookworm). Idempotent: safe to run again.
# Usage: sudo installer/deps-debian.sh        (or as root)
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config
  # Qt 6 (Widgets, Network, Sql, Test, Charts, translations tools) and the HTTP server the test fakes use
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev libxkbcommon-dev libvulkan-dev
  # libraries
  qtkeychain-qt6-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libsqlite3-dev
  # packaging (.deb dependencies, installer/check-deb.sh's validators) and the TLS test certificate
  dpkg-dev desktop-file-utils appstream openssl
  # tests: PostgreSQL server, a Secret Service for the keychain, a session D-Bus
  postgresql gnome-keyring dbus dbus-x11 libsecret-tools
  # fonts so offscreen screenshots render text
  fonts-dejavu-core
  # the QR-bill: its code (libqrencode), its font (Liberation Sans, embedded in the PDF), and its tests: a decoder
  # (ZXing) and the rasteriser and font lister (poppler-utils: pdftoppm, pdffonts, pdftotext)
  libqrencode-dev fonts-liberation libzxing-dev poppler-utils
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps-debian: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "deps-debian: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The postgresql package starts a cluster service on some systems; the tests start their own server on a private port.
echo "deps-debian: done"
