#!/bin/sh
# Makes the base image the Containerfile starts FROM (docker.io/library/debian:trixie-slim) on a
# machine that reaches a Debian mirror but no container registry, so the same Containerfile builds
# unchanged here and where Docker Hub is reachable.
#   deploy/container/make-base-image.sh [--engine podman|docker] [--mirror URL] [--name IMAGE]
# Needs root and debootstrap (apt-get install debootstrap). Like the official slim image: minbase,
# deb822 sources with trixie, trixie-updates and trixie-security, no documentation or man pages.
set -eu

engine=podman
mirror=http://deb.debian.org/debian
name=docker.io/library/debian:trixie-slim
while [ $# -gt 0 ]; do
  case "$1" in
    --engine) engine=$2; shift 2 ;;
    --mirror) mirror=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    *) echo "unknown option $1 (use --engine, --mirror, --name)" >&2; exit 2 ;;
  esac
done
command -v debootstrap >/dev/null || { echo "debootstrap is not installed (apt-get install debootstrap)" >&2; exit 1; }

rootfs=$(mktemp -d /var/tmp/medlocal-base.XXXXXX)
trap 'rm -rf "$rootfs"' EXIT

# The slim image's trimming, in place before any package lands so nothing is unpacked and then removed.
mkdir -p "$rootfs/etc/dpkg/dpkg.cfg.d"
cat > "$rootfs/etc/dpkg/dpkg.cfg.d/docker" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
EOF
debootstrap --variant=minbase trixie "$rootfs" "$mirror"

rm -f "$rootfs/etc/apt/sources.list"
cat > "$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${mirror%/debian}/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
# apt keeps no downloaded packages in an image layer.
cat > "$rootfs/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
# debootstrap's own first stage unpacks before dpkg reads the excludes: trim what it left.
find "$rootfs/usr/share/doc" -mindepth 2 ! -type d ! -name copyright -delete
rm -rf "$rootfs/var/lib/apt/lists/"* "$rootfs/var/cache/apt/"*.bin "$rootfs/var/cache/apt/archives/"*.deb \
  "$rootfs/usr/share/man/"* "$rootfs/usr/share/info/"* "$rootfs/var/log/"*.log
find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +

tar --numeric-owner -C "$rootfs" -c . | "$engine" import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["bash"]' - "$name"
echo "Imported $name"
