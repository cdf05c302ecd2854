#!/usr/bin/env bash
# Installs the built .deb, runs the installed `parley self-test` with no network, checks what the
# package put on the system, then removes it and checks that nothing is left. Needs root (CI is).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
deb=$(ls dist/parley_"${VERSION}"_*.deb)
started=$SECONDS

export DEBIAN_FRONTEND=noninteractive
# Whatever fails below, the package does not stay installed.
trap 'apt-get remove -y -qq parley >/dev/null 2>&1 || true' EXIT
apt-get install -y -qq --no-install-recommends "./${deb}" >/dev/null
test "$(command -v parley)" = /usr/bin/parley
grep -q "<release version=\"${VERSION}\"" /usr/share/metainfo/org.parley.Parley.metainfo.xml
grep -q '^Exec=parley$' /usr/share/applications/parley.desktop
test -f /usr/share/icons/hicolor/scalable/apps/parley.svg

# No network: a new network namespace has only a loopback that is down.
home=$(mktemp -d)
run() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
if unshare --net true 2>/dev/null; then
  run unshare --net parley self-test
else
  echo "unshare is not permitted here: self-test runs with the network present" >&2
  run parley self-test
fi
test "$(run parley --version)" = "parley ${VERSION}"
translated=$(run parley translate --to de "Good morning.")
test -n "$translated"
test ! -e "$home/.cache/parley" || { echo "the installed app wrote a model cache" >&2; exit 1; }

# Nothing leaves the machine: the installed self-test (every model) under strace opens no socket
# but local ones, and writes no telemetry under the home folder.
if command -v strace >/dev/null 2>&1; then
  trace=$(mktemp)
  run strace -f -qq -e trace=network -o "$trace" parley self-test >/dev/null
  if grep -E '(socket|socketpair)\(AF_|sa_family=AF_' "$trace" | grep -vE 'AF_(UNIX|LOCAL)\b' | grep -q .; then
    echo "the installed self-test opened a network socket:" >&2
    grep -E 'AF_' "$trace" | grep -vE 'AF_(UNIX|LOCAL)\b' | head -n 5 >&2
    exit 1
  fi
  test ! -e "$home/.cache/Microsoft" || { echo "the installed app wrote telemetry files" >&2; exit 1; }
  rm -f "$trace"
else
  echo "no strace here: the installed bundle's sockets are not checked" >&2
fi

apt-get remove -y -qq parley >/dev/null
test ! -e /opt/parley && test ! -e /usr/bin/parley && test ! -e /usr/share/applications/parley.desktop
rm -rf "$home"
echo "installed, self-tested offline and removed cleanly in $((SECONDS - started)) s"
