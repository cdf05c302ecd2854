#!/usr/bin/env bash
# Builds Parley.app (the spec's BUNDLE, with NSMicrophoneUsageDescription) and a DMG around it.
# Run from the repository root on macOS after `make test` (which sets up .venv) and
# `.venv/bin/pip install -e '.[package]'`. Tools: Xcode command line tools (iconutil, hdiutil,
# codesign, notarytool).
#
# Signing and notarisation come from the environment, never from the repository:
#   PARLEY_CODESIGN_IDENTITY  "Developer ID Application: …" in your keychain (the spec signs with it)
#   PARLEY_NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile name
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=.venv/bin/python
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
ARCH=$(uname -m)

"$PY" packaging/render_icons.py build/icons
iconset=build/icons/parley.iconset
mkdir -p "$iconset"
for size in 128 256 512; do
  sips -z "$size" "$size" build/icons/parley-512.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  if [ "$double" -le 512 ]; then
    sips -z "$double" "$double" build/icons/parley-512.png --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
  fi
done
iconutil -c icns "$iconset" -o build/icons/parley.icns

"$PY" -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/parley.spec
dist/Parley.app/Contents/MacOS/parley self-test  # the command line; the app opens parley-window

dmg="dist/Parley-${VERSION}-macos-${ARCH}.dmg"
staging=build/dmg
rm -rf "$staging" "$dmg"
mkdir -p "$staging"
cp -R dist/Parley.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Parley ${VERSION}" -srcfolder "$staging" -ov -format UDZO "$dmg"

if [ -n "${PARLEY_CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$PARLEY_CODESIGN_IDENTITY" --timestamp "$dmg"
  if [ -n "${PARLEY_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$PARLEY_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
  fi
fi
echo "$dmg"
