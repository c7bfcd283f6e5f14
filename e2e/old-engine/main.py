"""Runs the old-engine journeys of the ES5 shells in QtWebKit and writes a JSON report.

Started by run.mjs under Xvfb with Debian's /usr/bin/python3 (where python3-pyqt5.qtwebkit lives), against
the servers run.mjs started. Arguments: --base-url, --report, --failures (the folder for screenshots of
failed journeys), --catalogs (the panel's message catalogs), and any number of --grep (a journey runs when
its "shell › name" contains one of them).
"""

import argparse
import json
import os
import sys
import time
import traceback
import urllib.request

from PyQt5.QtCore import QT_VERSION_STR
from PyQt5.QtNetwork import QNetworkProxy
from PyQt5.QtWebKit import qWebKitVersion
from PyQt5.QtWidgets import QApplication

from engine import JourneyFailure, Panel
from journeys import Run, journeys_for, konica_minolta_read, wedge_read

# Each shell at the size of its panel, read the way its readers type (the Playwright projects' sizes).
SHELLS = [
    {"shell": "webclient", "size": (800, 480), "read": wedge_read},
    {"shell": "iws", "size": (1024, 600), "read": konica_minolta_read},
]


MARKS = {"passed": "✔", "failed": "✖", "expected failure": "⚠ (expected failure, a known defect)"}


# Everything here is on 127.0.0.1: a proxy from the environment must not stand in between.
_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def new_config(base_url, settings):
    request = urllib.request.Request(
        base_url + "old-engine/configs",
        data=json.dumps(settings).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with _direct.open(request, timeout=30) as answer:
        return json.load(answer)["id"]


def slug(text):
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:80]


def run_journey(args, target, journey, catalogs):
    shell = target["shell"]
    locale = journey.settings["locale"]
    origin = args.base_url.rstrip("/")
    settings = {
        key: value.replace("{origin}", origin) if isinstance(value, str) else value
        for key, value in journey.settings.items()
    }
    url = "%sjourney/%s/%s/" % (args.base_url, new_config(args.base_url, settings), shell)
    with _direct.open(url + "config.json", timeout=30) as answer:
        config = json.load(answer)
    panel = Panel(*target["size"])
    run = Run(panel, url, config, target["read"], catalogs[locale])
    started = time.monotonic()
    error = None
    try:
        journey.steps(run)
        errors = panel.script_errors()
        if errors:
            raise JourneyFailure("script errors in the page: " + "; ".join(errors))
    except JourneyFailure as failure:
        error = str(failure)
    except Exception:  # a defect of the driver itself still fails the journey, with its trace
        error = traceback.format_exc()
    screenshot = None
    if error:
        errors = panel.script_errors()
        if errors and "script error" not in error:
            error += " — and script errors in the page: " + "; ".join(errors)
        os.makedirs(args.failures, exist_ok=True)
        screenshot = os.path.join(args.failures, "%s--%s.png" % (shell, slug(journey.name)))
        panel.screenshot(screenshot)
    seconds = time.monotonic() - started
    panel.close()
    outcome = "passed"
    if error and journey.known_defect:
        outcome = "expected failure"
    elif error:
        outcome = "failed"
    elif journey.known_defect:
        outcome = "failed"
        error = "passed, although marked as failing for: %s — remove the mark" % journey.known_defect
    return {
        "shell": shell,
        "panelSize": "%dx%d" % target["size"],
        "name": journey.name,
        "outcome": outcome,
        "seconds": round(seconds, 1),
        "error": error,
        "knownDefect": journey.known_defect,
        "screenshot": screenshot,
        "notes": run.notes,
        "swipes": panel.swipes,
        "console": panel.page.console,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--report", required=True)
    parser.add_argument("--failures", required=True)
    parser.add_argument("--catalogs", required=True)
    parser.add_argument("--grep", action="append", default=[])
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])  # noqa: F841 (kept alive for the whole run)
    QNetworkProxy.setApplicationProxy(QNetworkProxy(QNetworkProxy.NoProxy))
    catalogs = {}
    for name in os.listdir(args.catalogs):
        if name.endswith(".json"):
            with open(os.path.join(args.catalogs, name), encoding="utf-8") as file:
                catalogs[name[: -len(".json")]] = json.load(file)

    print("QtWebKit: WebKit %s on Qt %s" % (qWebKitVersion(), QT_VERSION_STR), flush=True)
    results = []
    for target in SHELLS:
        for journey in journeys_for(target["shell"]):
            title = "%s › %s" % (target["shell"], journey.name)
            if args.grep and not any(pattern in title for pattern in args.grep):
                continue
            result = run_journey(args, target, journey, catalogs)
            results.append(result)
            mark = MARKS[result["outcome"]]
            print("  %s %s %s (%.1f s)" % (mark, title, result["panelSize"], result["seconds"]), flush=True)
            for note in result["notes"]:
                print("      note: %s" % note, flush=True)
            if result["error"]:
                print("      %s" % result["error"].replace("\n", "\n      "), flush=True)
            if result["screenshot"]:
                print("      screenshot: %s" % result["screenshot"], flush=True)

    report = {
        "engine": "QtWebKit: WebKit %s on Qt %s" % (qWebKitVersion(), QT_VERSION_STR),
        "passed": sum(1 for r in results if r["outcome"] == "passed"),
        "failed": sum(1 for r in results if r["outcome"] == "failed"),
        "expectedFailures": sum(1 for r in results if r["outcome"] == "expected failure"),
        "journeys": results,
    }
    with open(args.report, "w", encoding="utf-8") as file:
        json.dump(report, file, indent=2, ensure_ascii=False)
    return 0 if report["failed"] == 0 and results else 1


if __name__ == "__main__":
    sys.exit(main())
