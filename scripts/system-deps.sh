#!/usr/bin/env bash
# The system tools the tests use: LibreOffice (recalculates generated workbooks), Chromium
# (end-to-end tests of the task pane), xmllint (offline manifest and chart part validation),
# poppler-utils (page counts and text of the PDF exports), and the programs of the producers
# corpus: Gnumeric's ssconvert and Debian's python3 with openpyxl.
# Installs what is missing with apt-get (as root, or through sudo); never skips.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v ssconvert >/dev/null 2>&1 || need+=(gnumeric)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
# Carlito: metric-compatible with Calibri, so LibreOffice lays pages out as Excel does.
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installation des outils système nécessaires aux tests : ${need[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
