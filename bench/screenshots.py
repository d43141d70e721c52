"""Render the sample digests as HTML and screenshot them in headless Chromium (not in CI).

usage: python bench/screenshots.py [--out /tmp/briefing-screens] [--readme]

Each sample in samples/ is digested to HTML (`briefing summarize SAMPLE -o NAME.html`), then
photographed at a desktop width (1280 px) and a phone width (390 px), and in dark mode at the
desktop width, with Debian's `chromium` package (`apt-get install -y chromium`). Look at the
PNGs to check the layout. `--readme` also regenerates docs/digest.png, the screenshot the README
shows (the White House sample, desktop width, top of the page).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"desktop": "1280,2200", "phone": "390,2400"}
README_SAMPLE = "white_house_briefing"
README_SIZE = "1100,1500"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("needs headless Chromium: apt-get install -y chromium")


def screenshot(page: Path, png: Path, size: str, *, dark: bool = False) -> None:
    """One PNG of `page`; a fresh profile each time, no network, no background services."""
    profile = tempfile.mkdtemp(prefix="briefing-chromium-")
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", f"--user-data-dir={profile}", "--hide-scrollbars",
               f"--screenshot={png}", f"--window-size={size}"]
    if dark:
        command.append("--force-dark-mode")
    try:
        subprocess.run([*command, page.resolve().as_uri()], check=True, timeout=120,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not png.is_file():
        sys.exit(f"chromium wrote no screenshot for {page}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-screens"))
    parser.add_argument("--readme", action="store_true",
                        help="also regenerate docs/digest.png for the README")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    briefing = shutil.which("briefing") or str(Path(sys.executable).parent / "briefing")
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        page = args.out / f"{sample.stem}.html"
        # a relative source name, as a user in the project would type it
        subprocess.run([briefing, "summarize", f"samples/{sample.name}", "-o", str(page)],
                       check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
        for label, size in SIZES.items():
            screenshot(page, args.out / f"{sample.stem}.{label}.png", size)
        screenshot(page, args.out / f"{sample.stem}.dark.png", SIZES["desktop"], dark=True)
        print(f"{sample.stem}: {', '.join(SIZES)}, dark -> {args.out}", flush=True)
    if args.readme:
        docs = ROOT / "docs"
        docs.mkdir(exist_ok=True)
        screenshot(args.out / f"{README_SAMPLE}.html", docs / "digest.png", README_SIZE)
        print(f"wrote {docs / 'digest.png'}")


if __name__ == "__main__":
    main()
