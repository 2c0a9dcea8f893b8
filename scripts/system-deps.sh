#!/usr/bin/env bash
# The system tools the tests use: LibreOffice (recalculates generated workbooks), Chromium
# (end-to-end tests of the task pane), xmllint (offline manifest and chart part validation),
# poppler-utils (page counts and text of the PDF exports), the programs of the producers corpus
# (Gnumeric's ssconvert, Debian's python3 with openpyxl) and the DejaVu and Carlito fonts
# (LibreOffice's rendering; Carlito is metric-compatible with Calibri, so pages lay out as in
# Excel). Calls apt-get only for what is missing, as root or through sudo; without either, says
# what to install and stops (never skips a test silently).
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v ssconvert >/dev/null 2>&1 || need+=(gnumeric)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
# Read the whole font list before matching: `fc-list | grep -q` under pipefail fails at random
# (grep -q exits at the first match, fc-list then dies of SIGPIPE and the pipeline "fails").
fonts="$(fc-list : family 2>/dev/null || true)"
case "${fonts,,}" in
  *dejavu*) ;;
  *) need+=(fonts-dejavu-core) ;;
esac
case "${fonts,,}" in
  *carlito*) ;;
  *) need+=(fonts-crosextra-carlito) ;;
esac
[ ${#need[@]} -eq 0 ] && exit 0

install="apt-get install -y --no-install-recommends ${need[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo"
else
  cat >&2 <<EOF
Les tests ont besoin d'outils système absents : ${need[*]}.
Installez-les une fois, en administrateur (accès réseau nécessaire), puis relancez npm test :

  sudo apt-get update && sudo ${install}

(ou, connecté en root : apt-get update && ${install})
EOF
  exit 1
fi
echo "Installation des outils système nécessaires aux tests (apt, réseau) : ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }; then
  echo "L'installation par apt-get a échoué (réseau ? dépôts ?). Installez à la main : ${install}" >&2
  exit 1
fi
