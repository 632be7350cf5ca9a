#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Inmanta HA Admin needs.
# Idempotent: packages already present are left alone, so it is safe to re-run.
set -euo pipefail

build=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev
       qt6-base-dev-tools libssh-dev qtkeychain-qt6-dev libgl-dev
       help2man dpkg-dev file) # the man page of the application; the Debian package (CPack)
runtime=(libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libsecret-1-0 gnome-keyring dbus
         fonts-dejavu-core
         pkexec) # starts the practice cluster's helper as root from the desktop
# The lab (lab/: the practice cluster and the tests' lab) runs real sshd and PostgreSQL 15 hosts
# in network namespaces.
lab=(openssh-server openssh-client postgresql-15 postgresql-client-15 sudo iproute2 procps
     uidmap # newuidmap: the practice hosts' user namespaces
     psmisc util-linux python3 python3-psycopg2 dbus-x11 xvfb xauth libsecret-tools
     poppler-utils clang-format curl
     openssl    # a CA and a server certificate for the TLS SQL probe test
     prometheus # promtool: checks the exported metrics and the alerting rules
     dunst      # a real desktop notification server for the notification test
     python3-jsonschema # validates the audit report's JSON against its schema
     lintian desktop-file-utils appstream man-db bash-completion) # test_package's checks

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

all=("${build[@]}" "${runtime[@]}" "${lab[@]}")
missing=()
for pkg in "${all[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#all[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
# policy-rc.d keeps the postgresql and ssh packages from starting system-wide services that
# the lab does not want (it runs its own per-host instances); removed again afterwards.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
  "${sudo_cmd[@]}" chmod 755 "$policy"
  created_policy=1
fi
trap '[[ $created_policy -eq 1 ]] && "${sudo_cmd[@]}" rm -f "$policy"' EXIT
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
