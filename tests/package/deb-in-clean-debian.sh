#!/usr/bin/env bash
# Installs a built pledge-desk .deb into a clean Debian 12 root (debootstrap
# minbase; nothing else installed), lets apt resolve the package's declared
# dependencies there, and starts the installed binary to its first window on
# an Xvfb display of the host (its socket bind-mounted), waiting for the app's
# own "page loaded" log line and for a window named "Pledge Desk".
# Proves the package declares everything it needs.
#
#   tests/package/deb-in-clean-debian.sh path/to/pledge-desk.deb
#
# The debootstrap root is cached as a tarball and apt's downloads are kept,
# both under $PLEDGE_DESK_DEBOOTSTRAP_CACHE (default
# /var/cache/pledge-desk-debootstrap). Needs root (chroot, mount).
set -euo pipefail

DEB=$(realpath "${1:?usage: $0 path/to/pledge-desk.deb}")
CACHE=${PLEDGE_DESK_DEBOOTSTRAP_CACHE:-/var/cache/pledge-desk-debootstrap}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
TARBALL=$CACHE/bookworm-minbase.tar
ROOT=$(mktemp -d /tmp/pledge-desk-chroot.XXXXXX)
XVFB_PID=

ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(ms)
secs() { printf '%d.%d' $(( ($(ms) - $1) / 1000 )) $(( ($(ms) - $1) % 1000 / 100 )); }
phase() { printf '[deb-test] %-42s at %6s s\n' "$1" "$(secs "$t0")"; }

cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  # the app (and WebKit's helpers) run inside the root: end them first
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$ROOT" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  sleep 1
  for m in tmp/.X11-unix var/cache/apt/archives dev/pts dev sys proc; do
    mountpoint -q "$ROOT/$m" && umount -l "$ROOT/$m" || true
  done
  rm -rf --one-file-system "$ROOT"
}
trap cleanup EXIT

mkdir -p "$CACHE/apt-archives/partial"
if [ ! -s "$TARBALL" ]; then
  staging=$(mktemp -d /tmp/pledge-desk-debootstrap.XXXXXX)
  debootstrap --variant=minbase bookworm "$staging" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$CACHE/debootstrap.log"; exit 1; }
  tar -C "$staging" -cf "$TARBALL.partial" . && mv "$TARBALL.partial" "$TARBALL"
  rm -rf --one-file-system "$staging"
  phase "debootstrap (cached for next time)"
fi
tar -C "$ROOT" -xf "$TARBALL"
phase "clean Debian 12 root unpacked"

mount -t proc proc "$ROOT/proc"
mount --rbind /sys "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount --bind "$CACHE/apt-archives" "$ROOT/var/cache/apt/archives"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$DEB" "$ROOT/tmp/pledge-desk.deb"

in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -qq --no-install-recommends /tmp/pledge-desk.deb \
  > "$ROOT/tmp/apt.log" 2>&1 || { tail -30 "$ROOT/tmp/apt.log"; exit 1; }
phase "apt-get install ./pledge-desk.deb"
echo "[deb-test] packages in the root: $(in_root dpkg-query -W -f '.\n' | wc -l)"

# the host's Xvfb, seen inside the root through its socket
mkdir -p "$ROOT/tmp/.X11-unix"
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x900x24 -nolisten tcp 2>/dev/null & echo "pid $!"; wait)
read -r _ XVFB_PID <&3
read -r n <&3
DISPLAY_NAME=":$n"
mount --bind /tmp/.X11-unix "$ROOT/tmp/.X11-unix"

in_root sh -c "DISPLAY=$DISPLAY_NAME PLEDGE_DESK_DATA_DIR=/tmp/pd XDG_RUNTIME_DIR=/tmp/run \
  LIBGL_ALWAYS_SOFTWARE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  /usr/bin/pledge-desk > /tmp/app.out 2>&1 &"
launched=$(ms)
deadline=$(( $(date +%s) + 60 ))
until grep -qs "page loaded" "$ROOT"/tmp/pd/logs/pledge-desk.*.log; do
  if [ "$(date +%s)" -gt "$deadline" ] || grep -qs "error while loading shared libraries" "$ROOT/tmp/app.out"; then
    echo "[deb-test] FAIL: no first window within 60 s; app output:"; cat "$ROOT/tmp/app.out" || true
    exit 1
  fi
  sleep 0.2
done
echo "[deb-test] first window $(secs "$launched") s after launch"
if ! DISPLAY=$DISPLAY_NAME xwininfo -root -tree | grep -q '"Pledge Desk"'; then
  echo "[deb-test] FAIL: no window named Pledge Desk on $DISPLAY_NAME"; exit 1
fi
if grep -qiE "error while loading shared libraries|cannot open shared object" "$ROOT/tmp/app.out"; then
  echo "[deb-test] FAIL: missing libraries:"; cat "$ROOT/tmp/app.out"; exit 1
fi
phase "installed app showed its window"
echo "[deb-test] ok: $(basename "$DEB") installs on a clean Debian 12 and opens its window"
