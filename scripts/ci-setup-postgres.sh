#!/usr/bin/env bash
# Installs the PostgreSQL server binaries the store tests need (initdb, pg_ctl), from Debian's
# packages, if they are missing. Non-interactive and idempotent: safe to run on every CI start.
# The tests start and stop their own throwaway cluster; this script starts nothing.
set -euo pipefail

if compgen -G '/usr/lib/postgresql/*/bin/initdb' > /dev/null; then
  echo "PostgreSQL already installed: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
  exit 0
fi

SUDO=''
if [ "$(id -u)" -ne 0 ]; then SUDO='sudo'; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The postgresql package's post-install creates and starts a default cluster; the tests do not
# use it, so stop it where a service manager is present (containers usually have none).
$SUDO apt-get install -y -qq --no-install-recommends postgresql > /dev/null
$SUDO service postgresql stop > /dev/null 2>&1 || true
echo "PostgreSQL installed: $(ls -d /usr/lib/postgresql/*/bin | tr '\n' ' ')"
