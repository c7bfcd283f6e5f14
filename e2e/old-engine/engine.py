"""One panel in QtWebKit 5.212: a QWebView the size of the printer's panel, driven with real Qt key and
mouse events, read through the DOM, and listened to for script errors.

Nothing here clicks or types through JavaScript: JavaScript only reads the page (where a button is, what
the screen says). Keys and clicks go to the view as Qt events, so they travel WebKit's own input path, as
a panel's touch screen and keyboard-wedge reader do.
"""

import json
import time

from PyQt5.QtCore import QEventLoop, QPoint, Qt, QTimer, QUrl
from PyQt5.QtTest import QTest
from PyQt5.QtWebKitWidgets import QWebPage, QWebView

# How often a wait looks at the page again. The wait itself is on a condition, never a fixed time.
POLL_MS = 40

# A generous deadline for anything the panel should show: the machine running this may be very busy.
DEFAULT_DEADLINE_S = 20.0

# Reads the page, in ES5 as it runs in the old engine itself: how a person would name each control.
_LIB_JS = r"""
function text(el) { return (el.textContent || '').replace(/\s+/g, ' ').trim(); }
function visible(el) {
  var r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}
function labelled(el) {
  for (var parent = el.parentNode; parent && parent.tagName; parent = parent.parentNode) {
    if (parent.tagName === 'LABEL') return text(parent);
  }
  return el.getAttribute('aria-label') || '';
}
"""

# `__arg` is replaced by the query, as JSON.
_FIND_JS = r"""
(function (query) {
  __lib
  var selectors = {
    button: 'button, [role="button"]',
    field: 'input, textarea',
    heading: 'h1, h2, h3, [role="heading"]',
    alert: '[role="alert"]'
  };
  var found = null;
  var all = document.querySelectorAll(selectors[query.kind]);
  for (var i = 0; i < all.length && !found; i++) {
    var el = all[i];
    var name = query.kind === 'field' ? labelled(el) : text(el);
    var match = query.prefix ? name.indexOf(query.name) === 0 : name === query.name;
    if (match && visible(el)) found = el;
  }
  if (!found) return null;
  var r = found.getBoundingClientRect();
  var x = Math.round(r.left + r.width / 2), y = Math.round(r.top + r.height / 2);
  var top = document.elementFromPoint(x, y);
  var covered = !(top && (top === found || found.contains(top)));
  return {
    x: x, y: y, text: text(found), value: found.value === undefined ? null : found.value,
    disabled: !!found.disabled || found.getAttribute('aria-disabled') === 'true',
    covered: covered ? (top ? top.tagName + ' "' + text(top).slice(0, 60) + '"' : 'nothing') : null,
    inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight
  };
})(__arg)
""".replace("__lib", _LIB_JS)


class JourneyFailure(Exception):
    """What a journey expected and did not get, in the words of the screen."""


def is_script_error(entry):
    """Whether a console message fails a journey: every one does, except WebKit's line for a tenant
    answer that is an error on purpose (a 401, a dropped connection), which the panel handles and the
    journeys check, and WebKit 602 not knowing a directive of the test server's newer CSP (worker-src,
    frame-ancestors), which leaves the rest of that policy in force."""
    message, source = entry["message"], entry["source"] or ""
    if message.startswith("Failed to load resource") and "/api/v1/" in source:
        return False
    return not message.startswith("Unrecognized Content-Security-Policy directive")


class PanelPage(QWebPage):
    """Keeps every console message, uncaught errors included: QtWebKit reports both here."""

    def __init__(self, parent):
        super().__init__(parent)
        self.console = []

    def javaScriptConsoleMessage(self, message, line, source):
        self.console.append({"message": message, "line": line, "source": source})


class Panel:
    """A panel browser showing one shell; the journeys act on it as a person and a card reader would."""

    def __init__(self, width, height):
        self.view = QWebView()
        self.page = PanelPage(self.view)
        self.view.setPage(self.page)
        self.view.resize(width, height)
        self.view.show()
        self.view.activateWindow()
        self.view.setFocus()
        self.swipes = []
        self.loaded = None
        self.view.loadFinished.connect(self._on_load_finished)

    def _on_load_finished(self, ok):
        self.loaded = ok

    def close(self):
        self.view.close()
        self.view.deleteLater()

    # -- waiting ------------------------------------------------------------------------------------

    def pump(self, ms=POLL_MS):
        """Lets the event loop run for up to `ms`: network, timers and painting go on meanwhile."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec_()

    def script_errors(self):
        return [
            "%s (%s:%s)" % (entry["message"].strip(), entry["source"] or "?", entry["line"])
            for entry in self.page.console
            if is_script_error(entry)
        ]

    def wait_for(self, what, condition, deadline_s=DEFAULT_DEADLINE_S):
        """Polls `condition` until it returns something truthy; fails with `what` and the screen's text,
        or at once when the page reports a script error meanwhile."""
        end = time.monotonic() + deadline_s
        while True:
            value = condition()
            if value:
                return value
            errors = self.script_errors()
            if errors:
                raise JourneyFailure(
                    "script error while waiting for %s: %s; the panel shows: %s"
                    % (what, "; ".join(errors), self.screen_text())
                )
            if time.monotonic() > end:
                raise JourneyFailure(
                    "waited %.0f s for %s; the panel shows: %s" % (deadline_s, what, self.screen_text())
                )
            self.pump()

    # -- reading the page ---------------------------------------------------------------------------

    def js(self, script, arg=None):
        return self.page.mainFrame().evaluateJavaScript(
            script.replace("__arg", json.dumps(arg)) if arg is not None else script
        )

    def screen_text(self):
        text = self.js("document.body ? document.body.innerText : ''") or ""
        return " | ".join(line.strip() for line in text.splitlines() if line.strip()) or "(nothing)"

    def find(self, kind, name, prefix=False):
        return self.js(_FIND_JS, {"kind": kind, "name": name, "prefix": prefix})

    def expect(self, kind, name, prefix=False, deadline_s=DEFAULT_DEADLINE_S):
        """Waits until a visible `kind` (heading, button, field, alert) named `name` is on the screen."""
        label = "%s %s%r" % (kind, "starting " if prefix else "", name)
        return self.wait_for(label, lambda: self.find(kind, name, prefix), deadline_s)

    def expect_alert(self, text, deadline_s=DEFAULT_DEADLINE_S):
        """Waits for an alert (the credentials notice, a problem's message) that contains `text`."""

        def alert():
            found = self.find("alert", "", prefix=True)
            return found if found and text in found["text"] else None

        return self.wait_for("an alert saying %r" % text, alert, deadline_s)

    def expect_text(self, text, deadline_s=DEFAULT_DEADLINE_S):
        """Waits until the screen shows `text` somewhere."""
        return self.wait_for("the text %r" % text, lambda: text in self.screen_text(), deadline_s)

    # -- acting: real Qt events only ----------------------------------------------------------------

    def open(self, url):
        """Loads the panel page, and waits until the engine has it: until then, the last page still shows."""
        self.page.console.clear()
        self.loaded = None
        self.view.load(QUrl(url))
        self.wait_for("the page %s to load" % url, lambda: self.loaded is not None)
        if not self.loaded:
            raise JourneyFailure("the page %s did not load" % url)

    def tap(self, kind, name):
        """A finger on the control: a mouse press and release at its centre, once it is there, enabled,
        inside the panel and not covered by anything else; fails saying which of those it never was."""
        seen = {}

        def ready():
            target = seen["target"] = self.find(kind, name)
            usable = target and target["inside"] and not target["covered"] and not target["disabled"]
            return target if usable else None

        try:
            target = self.wait_for("%s %r to be tappable" % (kind, name), ready)
        except JourneyFailure:
            target = seen.get("target")
            if target and not target["inside"]:
                raise JourneyFailure("%s %r lies outside the panel, out of reach" % (kind, name)) from None
            if target and target["covered"]:
                raise JourneyFailure("%s %r is covered by %s" % (kind, name, target["covered"])) from None
            raise
        QTest.mouseClick(self.view, Qt.LeftButton, Qt.NoModifier, QPoint(int(target["x"]), int(target["y"])))

    def type_into(self, label, text):
        """Taps the field labelled `label` and types `text` on the panel's keyboard, as a person does."""
        self.tap("field", label)
        self.wait_for("focus in the %r field" % label, lambda: self.js(_FOCUSED_FIELD_JS) == label)
        if (self.find("field", label) or {}).get("value"):
            QTest.keyClick(self.view, Qt.Key_A, Qt.ControlModifier)  # select what is there, to replace it
        QTest.keyClicks(self.view, text)
        self.wait_for(
            "%r to hold what was typed" % label,
            lambda: (self.find("field", label) or {}).get("value") == text,
        )

    def swipe(self, read):
        """A keyboard-wedge reader's burst: `read` as fast keystrokes, capitals with Shift, then Enter.

        Returns the longest gap in ms between two of the burst's keys, as the page saw them.
        """
        self.js(_RECORD_KEYS_JS)
        for char in read:
            if char.isalpha() and char.isupper():
                QTest.keyClick(self.view, getattr(Qt, "Key_" + char), Qt.ShiftModifier)
            else:
                QTest.keyClick(self.view, char)
        QTest.keyClick(self.view, Qt.Key_Return)
        stamps = json.loads(self.js("JSON.stringify(window.__oldEngineKeys || [])") or "[]")
        gaps = [b - a for a, b in zip(stamps, stamps[1:])]
        longest = max(gaps) if gaps else 0
        self.swipes.append({"read": read, "longestGapMs": longest})
        return longest

    def screenshot(self, path):
        self.view.grab().save(path)


# Only listens: the time stamp of each keydown the page receives, to tell a burst the host split.
_RECORD_KEYS_JS = r"""
(function () {
  window.__oldEngineKeys = [];
  if (window.__oldEngineListening) return;
  window.__oldEngineListening = true;
  window.addEventListener('keydown', function (e) {
    if (e.keyCode !== 16) window.__oldEngineKeys.push(e.timeStamp || Date.now());
  }, true);
})()
"""

_FOCUSED_FIELD_JS = r"""
(function () {
  __lib
  var el = document.activeElement;
  return el && el.tagName === 'INPUT' ? labelled(el) : null;
})()
""".replace("__lib", _LIB_JS)
