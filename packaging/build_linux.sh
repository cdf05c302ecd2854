#!/usr/bin/env bash
# `make package`: the one-folder bundle (PyInstaller), a .tar.gz of it, a .deb that installs it
# under /opt/parley with a `parley` launcher, a desktop entry, an icon and AppStream metadata, and
# the quality model's own .deb (build_quality_deb.sh; the main bundle leaves that model out).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
ARCH=$(dpkg --print-architecture 2>/dev/null || uname -m)
DATE=$(date -u +%Y-%m-%d)
STEM="parley-${VERSION}-linux-${ARCH}"
started=$SECONDS

rm -rf build/pyinstaller build/deb dist/parley "dist/${STEM}.tar.gz" dist/parley_*.deb dist/parley-quality-model_*.deb
"$PY" packaging/render_icons.py build/icons
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/parley.spec
echo "bundle: $(du -sh dist/parley | cut -f1) in $((SECONDS - started)) s"

tar -C dist -czf "dist/${STEM}.tar.gz" parley
echo "tarball: dist/${STEM}.tar.gz ($(du -h "dist/${STEM}.tar.gz" | cut -f1))"

root="build/deb/parley_${VERSION}_${ARCH}"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/parley "$root/opt/parley"
cat > "$root/usr/bin/parley" <<'LAUNCHER'
#!/bin/sh
exec /opt/parley/parley "$@"
LAUNCHER
chmod 755 "$root/usr/bin/parley"
install -m 644 resources/parley.desktop "$root/usr/share/applications/parley.desktop"
sed -e "s/@VERSION@/${VERSION}/" -e "s/@DATE@/${DATE}/" resources/parley.metainfo.xml.in \
  > "$root/usr/share/metainfo/org.parley.Parley.metainfo.xml"
install -m 644 app/resources/parley.svg "$root/usr/share/icons/hicolor/scalable/apps/parley.svg"
for size in 48 128 256 512; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "build/icons/parley-${size}.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/parley.png"
done

# Qt's xcb platform and PortAudio come from the system; everything else is in the bundle.
cat > "$root/DEBIAN/control" <<CONTROL
Package: parley
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Parley <parley@localhost>
Section: utils
Priority: optional
Installed-Size: $(du -sk "$root" | cut -f1)
Recommends: speech-dispatcher
Suggests: parley-quality-model
Depends: libc6 (>= 2.34), libportaudio2, libegl1, libgl1, libfontconfig1, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xinerama0, libxcb-xkb1
Description: offline translator for live conversations
 Parley translates what a person types or says while they are still talking,
 with a language model that runs on this computer: nothing leaves the machine.
 The translation appears word by word with live latency figures. Includes the
 default translation and speech models; it never downloads anything.
CONTROL
cat > "$root/DEBIAN/postinst" <<'HOOK'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q /usr/share/icons/hicolor || true; fi
HOOK
cp "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"
chmod 755 "$root/DEBIAN/postinst" "$root/DEBIAN/postrm"

deb_started=$SECONDS
dpkg-deb --root-owner-group -Zxz --build "$root" "dist/parley_${VERSION}_${ARCH}.deb" >/dev/null
echo "deb: dist/parley_${VERSION}_${ARCH}.deb ($(du -h "dist/parley_${VERSION}_${ARCH}.deb" | cut -f1), compressed in $((SECONDS - deb_started)) s)"
PY="$PY" packaging/build_quality_deb.sh dist
echo "packaging took $((SECONDS - started)) s"
