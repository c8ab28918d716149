#!/usr/bin/env bash
# Renders the seeds' timeline page (arabic-entities timeline --format html) with headless Chromium into docs/timeline.png.
# Needs the .NET SDK and Chromium (Debian: apt-get install -y chromium fonts-noto-core).
# Usage: docs/render-timeline-screenshot.sh [output.png]   (run from anywhere; default docs/timeline.png)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/timeline.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "render-timeline-screenshot: Chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi

dotnet run --project "$root/src/ArabicEntities.Cli" --artifacts-path "$work/artifacts" -- \
  timeline --format html --out "$work/timeline.html" "$root/seeds"
# The page must not reach out: no URL other than the file itself.
if grep -Eiq '(https?:|<link|src=|@import|url\()' "$work/timeline.html"; then
  echo "render-timeline-screenshot: the page refers to an external asset" >&2
  exit 1
fi

"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
  --screenshot="$work/timeline.png" "file://$work/timeline.html" 2>/dev/null
test -s "$work/timeline.png"
if command -v pngquant >/dev/null; then
  # A 64-colour palette keeps the committed image small (apt-get install -y pngquant).
  pngquant --force --quality 40-80 64 --output "$out" "$work/timeline.png"
else
  cp "$work/timeline.png" "$out"
fi
echo "wrote $out"
