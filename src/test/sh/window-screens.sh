#!/usr/bin/env bash
# Opens the window as a new user would see it, on screens of 1024x768, 1366x768 and 1920x1080,
# under the openbox window manager and without one, and saves a screenshot of each under
# target/screens/ (NAME.png the whole screen, NAME-alone.png the window alone). Run
# ./mvnw package -DskipTests first. Needs Xvfb, openbox, xdotool, x11-utils (xwininfo) and
# imagemagick (import). Not part of the build: it takes a real display server.
#
#   src/test/sh/window-screens.sh             displays :63 and up
#   DISPLAY_NUMBER=70 src/test/sh/window-screens.sh
#   SETTLE_SECONDS=8 src/test/sh/window-screens.sh   a slow machine: more time to draw before the picture
#   SIZES=1366x768 MANAGERS=openbox src/test/sh/window-screens.sh   one screen only (the README's picture)
set -euo pipefail

cd "$(dirname "$0")/../../.."
if [[ ! -f target/unroll.jar ]]; then
    echo "window-screens: target/unroll.jar is missing; run ./mvnw package -DskipTests first" >&2
    exit 2
fi
for tool in Xvfb openbox xdotool xwininfo import java; do
    command -v "$tool" >/dev/null || { echo "window-screens: $tool is not installed" >&2; exit 2; }
done

display=":${DISPLAY_NUMBER:-63}"
settle="${SETTLE_SECONDS:-5}"
out=target/screens
mkdir -p "$out"

pids=()
homes=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    for home in "${homes[@]}"; do rm -rf "$home"; done
    pids=()
    homes=()
}
trap cleanup EXIT

one_screen() {
    local size=$1 manager=$2
    local name="window-$size-$manager"
    local home
    home=$(mktemp -d)
    homes+=("$home")

    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$out/$name.xvfb.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do
        xwininfo -root -display "$display" >/dev/null 2>&1 && break
        sleep 0.2
    done
    if [[ $manager == openbox ]]; then
        DISPLAY=$display openbox >"$out/$name.openbox.log" 2>&1 &
        pids+=($!)
        sleep 1
    fi

    # a fresh profile: Java takes its home (preferences, the log's directory) from user.home, not $HOME
    HOME=$home XDG_CONFIG_HOME=$home/.config DISPLAY=$display \
        java -Duser.home="$home" -cp 'target/unroll.jar:target/lib/*' dev.unroll.Main >"$out/$name.console.txt" 2>&1 &
    local app=$!
    pids+=("$app")

    local window
    window=$(DISPLAY=$display timeout 120 xdotool search --sync --onlyvisible --name 'Unroll' | head -1) || true
    if [[ -z $window ]]; then
        echo "$size $manager: no window within 120 s (see $out/$name.console.txt)"
    else
        # the first frames can still be blank; give the window time to draw the lesson
        sleep "$settle"
        local geometry
        geometry=$(xwininfo -display "$display" -id "$window" \
            | awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF} /Width:/ {w=$NF} /Height:/ {h=$NF}
                   END {printf "%sx%s at %s,%s", w, h, x, y}')
        echo "$size $manager: window content $geometry"
        import -display "$display" -window root "$out/$name.png"
        # the window alone, without the screen around it
        import -display "$display" -window "$window" "$out/$name-alone.png"
    fi
    cp "$home/.config/unroll/unroll-0.log" "$out/$name.log" 2>/dev/null || true
    if [[ -s $out/$name.console.txt ]]; then
        echo "$size $manager: the app printed to the console (see $out/$name.console.txt)"
    fi
    cleanup
}

for size in ${SIZES:-1024x768 1366x768 1920x1080}; do
    for manager in ${MANAGERS:-openbox none}; do
        one_screen "$size" "$manager"
    done
done
echo "screenshots in $out/"
