#!/usr/bin/env bash
# Build the Debian package from the PyInstaller folder:
#   packaging/build-deb.sh      -> dist/deskmate_<version>_<arch>.deb
# Builds the folder first (packaging/build.sh) when dist/deskmate is missing or older than the
# sources. The package installs the folder at /opt/deskmate, a `deskmate` command in /usr/bin, the
# desktop entry, icons at the usual sizes and AppStream metadata. Users' data (the shop database,
# backups, settings) lives in their home folders and is never part of the package: removing or
# purging the package leaves it alone.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x dist/deskmate/deskmate ] || [ -n "$(find core desktop pyproject.toml packaging/deskmate.spec \
      -newer dist/deskmate/deskmate -type f ! -name '*.pyc' -print -quit)" ]; then
  packaging/build.sh
fi

version=$(dist/deskmate/deskmate --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
name="deskmate_${version}_${arch}"
root="build/deb/$name"
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
         "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor" "$root/usr/share/doc/deskmate"

cp -a dist/deskmate "$root/opt/deskmate"
ln -s /opt/deskmate/deskmate "$root/usr/bin/deskmate"
install -m 0644 packaging/deskmate.desktop "$root/usr/share/applications/org.deskmate.Deskmate.desktop"
.venv/bin/python packaging/render_icons.py "$root/usr/share/icons/hicolor" >/dev/null
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%F)/" \
  packaging/debian/org.deskmate.Deskmate.metainfo.xml > "$root/usr/share/metainfo/org.deskmate.Deskmate.metainfo.xml"
install -m 0644 packaging/debian/copyright "$root/usr/share/doc/deskmate/copyright"
gzip -9n < CHANGELOG.md > "$root/usr/share/doc/deskmate/changelog.gz"
install -m 0644 README.md "$root/usr/share/doc/deskmate/README.md"
install -m 0644 packaging/deskmate-worker.service packaging/deskmate-worker.env "$root/usr/share/doc/deskmate/"

# Files are root's and world-readable; the bundle's programs stay executable.
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f ! -perm -u+x -exec chmod 0644 {} +
find "$root" -type f -perm -u+x -exec chmod 0755 {} +

size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kb/" \
  packaging/debian/control > "$root/DEBIAN/control"
install -m 0755 packaging/debian/postinst packaging/debian/postrm "$root/DEBIAN/"

mkdir -p dist
# zstd: dpkg reads it since Debian 12 and Ubuntu 21.10, and it compresses the 400 MB bundle in
# seconds where xz takes minutes (about 10 % larger).
dpkg-deb --root-owner-group -Zzstd --build "$root" "dist/$name.deb" >/dev/null
echo "Built dist/$name.deb ($(du -h "dist/$name.deb" | cut -f1); installed size $((size_kb / 1024)) MB)"
