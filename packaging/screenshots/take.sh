#!/usr/bin/env bash
# Screenshots for the README, taken from the real program in a real X server (Xvfb):
#   dashboard.png  the window with four demo cameras
#   dialog.png     the Add camera dialog after "Test connection" on CAMERA_URL (default: a test pattern)
#   settings.png   the Settings dialog's sharing page
#   view.png       a saved view: one camera filling the grid, its name in the tool bar's chooser
# Needs: xvfb, xdotool, ffmpeg (x11grab). Run from the repository after a build: packaging/screenshots/take.sh [BINARY]
set -euo pipefail
cd "$(dirname "$0")"
binary=${1:-../../build/release/app/cctv-dashboard}
camera_url=${CAMERA_URL:-}
size=1280x800
display=:97
home=$(mktemp -d)
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT

Xvfb $display -screen 0 ${size}x24 -nolisten tcp &
xvfb=$!
sleep 1
export DISPLAY=$display HOME=$home XDG_CONFIG_HOME=$home QT_QPA_PLATFORM=xcb
grab() { ffmpeg -loglevel error -y -f x11grab -video_size $size -i $display -frames:v 1 "$1"; }

"$binary" --demo --share-port 0 &
app=$!
window=$(xdotool search --sync --name "CCTV Dashboard" | head -n 1)
xdotool windowsize "$window" 1280 800 windowmove "$window" 0 0
sleep 4
grab dashboard.png

# The dialog, as a user opens it: the Add camera button, a name, the kind, then Test connection. Real input
# events (XTEST): with no window manager, the keyboard goes to the window under the pointer.
xdotool mousemove 50 33 click 1
dialog=$(xdotool search --sync --name "Add camera" | head -n 1)
xdotool windowmove --sync "$dialog" 380 120
eval "$(xdotool getwindowgeometry --shell "$dialog")"
xdotool mousemove $((X + WIDTH / 2)) $((Y + 10))
sleep 0.5
xdotool type "Driveway"
if [ -n "$camera_url" ]; then
    xdotool mousemove $((X + 260)) $((Y + 86)) click 1  # the address field of the RTSP page (the first kind)
    xdotool type "$camera_url"
else
    xdotool key Tab End  # the kind selector: the test pattern is last
fi
xdotool key alt+t
sleep 6
grab dialog.png
xdotool key Escape
sleep 1

# Settings (Ctrl+,), from the window: the pointer over a tile, clicked so the window has the keyboard.
xdotool mousemove 1000 600 click 1
sleep 0.5
xdotool key ctrl+comma
settings=$(xdotool search --sync --name "Settings" | head -n 1)
xdotool windowmove --sync "$settings" 260 110
sleep 1.5
grab settings.png
xdotool key Escape
sleep 1

# A view: the second camera maximized (Enter on its tile), saved as "Garden" with Ctrl+S.
xdotool mousemove 1000 250 click 1
sleep 0.5
xdotool key Return
sleep 0.5
xdotool key ctrl+s
sleep 1
xdotool key ctrl+a
xdotool type "Garden"
xdotool key Return
sleep 3
grab view.png
echo "wrote $(pwd)/dashboard.png, dialog.png, settings.png and view.png"
