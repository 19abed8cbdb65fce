#!/bin/sh
# Installs the Debian/Ubuntu packages After Hours needs, only when some are missing.
#   ensure-system-packages.sh run    -> what the app needs to start a window
#   ensure-system-packages.sh test   -> plus what the test suite starts for real:
#                                       Dovecot (IMAP), poppler (pdftotext), Xvfb, a Secret Service,
#                                       binutils (objdump, for the PyInstaller bundle),
#                                       flatpak-builder (reads the Flatpak manifest)
set -eu
mode=${1:-run}

run_pkgs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libdbus-1-3
fonts-dejavu-core libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-xinerama0 libxcb-randr0
libxcb-render-util0 libxcb-image0 libxcb-shape0 libxcb-xkb1"
test_pkgs="xvfb xauth dovecot-imapd openssl poppler-utils gnome-keyring dbus libsecret-tools
desktop-file-utils appstream libnotify-bin binutils flatpak-builder"

pkgs=$run_pkgs
[ "$mode" = test ] && pkgs="$run_pkgs $test_pkgs"

# python3 -m venv needs ensurepip, which Debian ships separately.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  pkgs="$pkgs python3-venv"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of these packages yourself: $pkgs" >&2
  exit 0
fi

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

echo "Installing system packages:$missing"
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Please install as root: apt-get install -y$missing" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing
