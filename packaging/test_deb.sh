#!/usr/bin/env bash
# Installs the built .deb, runs the installed `parley self-test` with no network, checks what the
# package put on the system, then removes it and checks that nothing is left; then the same with
# the quality model's package installed beside it, self-testing both tiers. Needs root (CI is).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
deb=$(ls dist/parley_"${VERSION}"_*.deb)
quality_deb=$(ls dist/parley-quality-model_"${VERSION}"_*.deb)
quality_model=/usr/share/parley/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
started=$SECONDS

export DEBIAN_FRONTEND=noninteractive
# Whatever fails below, the package does not stay installed.
trap 'apt-get remove -y -qq parley parley-quality-model >/dev/null 2>&1 || true' EXIT
apt-get install -y -qq --no-install-recommends "./${deb}" >/dev/null
test "$(command -v parley)" = /usr/bin/parley
grep -q "<release version=\"${VERSION}\"" /usr/share/metainfo/org.parley.Parley.metainfo.xml
grep -q '^Exec=parley$' /usr/share/applications/parley.desktop
test -f /usr/share/icons/hicolor/scalable/apps/parley.svg

# No network: a new network namespace has only a loopback that is down.
home=$(mktemp -d)
run() { env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }
offline() {
  if unshare --net true 2>/dev/null; then
    run unshare --net "$@"
  else
    echo "unshare is not permitted here: $* runs with the network present" >&2
    run "$@"
  fi
}
report=$(offline parley self-test) || { echo "$report"; exit 1; }
echo "$report"
# Without the quality model's package the fast tier translates and the quality one is not checked.
grep -q '^ok   quality model: not installed, not checked (.*parley-quality-model' <<<"$report"
test ! -e "$quality_model"
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

# Both tiers: the quality model's package beside the app; the installed app finds it and checks it.
apt-get install -y -qq --no-install-recommends "./${quality_deb}" >/dev/null
test -f "$quality_model"
report=$(offline parley self-test) || { echo "$report"; exit 1; }
echo "$report"
grep -q '^ok   translation model: tier fast: ' <<<"$report"
grep -q '^ok   quality model: tier quality: ' <<<"$report"
grep -q '^ok   tier: ' <<<"$report"
listing=$(run parley models)
grep -q "tier quality (--model quality)" <<<"$listing"
grep -qF "$quality_model" <<<"$listing"
translated=$(offline parley translate --model quality --to de "Good morning.")
test -n "$translated"
test ! -e "$home/.cache/parley" || { echo "the installed app wrote a model cache" >&2; exit 1; }

apt-get remove -y -qq parley-quality-model >/dev/null
test ! -e "$quality_model" && test ! -e /usr/share/parley
apt-get remove -y -qq parley >/dev/null
test ! -e /opt/parley && test ! -e /usr/bin/parley && test ! -e /usr/share/applications/parley.desktop
rm -rf "$home"
echo "installed, self-tested offline and removed cleanly in $((SECONDS - started)) s"
