"""The journeys each ES5 shell must pass in the old engine, on the reference service's demo tenant
(README, "Demo tenant"). Every journey uses cards and people no other journey touches, so they run in
any order, and any one alone, on the same fresh data.
"""

import time

from engine import JourneyFailure

# A split burst (the host stalled for longer than the reader's gap allows mid-burst) is a host
# problem, not the panel's: the swipe is tried again on a freshly loaded panel, this many times at most.
SWIPE_ATTEMPTS = 3


def wedge_read(card):
    """What a hex keyboard-wedge reader types for `card`: the number itself (the Webclient's reader)."""
    return card


def konica_minolta_read(card):
    """What a Konica Minolta reader in keyboard mode types: each character's ASCII code in hex, padded
    with FF pairs (README: Dana's card 946EBD28 reads as 3934364542443238FFFF)."""
    return "".join("%02X" % ord(char) for char in card) + "FFFF"


class Journey:
    """One journey: its name, the config.json settings it needs, its steps, and a known defect that is
    expected to make it fail (an issue item fixed elsewhere), if any."""

    def __init__(self, name, steps, settings=None, known_defect=None):
        self.name = name
        self.steps = steps
        # English unless the journey says otherwise, whatever the language of the machine running it.
        self.settings = dict({"locale": "en"}, **(settings or {}))
        self.known_defect = known_defect


class Run:
    """What the steps of a journey act through: the panel, the shell's reader, the panel's language."""

    def __init__(self, panel, url, config, read, text):
        self.panel = panel
        self.url = url
        self.read = read
        self.locale = config["locale"]
        self.text = text
        self.notes = []
        # The reader takes the same read again within this window for the same swipe (a card held
        # on the reader): a second swipe of one card must come later, as a person's does.
        self.repeat_window_s = config["reader"]["debounceMs"] / 1000
        # The longest pause between two keys the reader settings allow within one burst.
        self.max_gap_ms = config["reader"]["maxGapMs"]
        self.last_swipe = {}

    def t(self, key, **values):
        message = self.text[key]
        for name, value in values.items():
            message = message.replace("{%s}" % name, value)
        return message

    def start(self):
        self.panel.open(self.url)
        self.panel.expect("heading", self.t("idle.title"))

    def swipe(self, card):
        """Swipes `card` at the idle panel; a burst the busy host split is swiped again on a fresh panel."""
        if card in self.last_swipe:
            since = self.last_swipe[card]
            self.panel.wait_for(
                "the reader's repeat window to pass",
                lambda: time.monotonic() - since > self.repeat_window_s,
            )
        for attempt in range(1, SWIPE_ATTEMPTS + 1):
            gap = self.panel.swipe(self.read(card))
            self.last_swipe[card] = time.monotonic()
            if gap <= self.max_gap_ms:
                return
            self.notes.append(
                "swipe %d of %s was split by the host (%d ms between two keys); swiped again"
                % (attempt, card, gap)
            )
            self.start()
        raise JourneyFailure("every swipe of %s was split by the busy host" % card)

    def sign_in_with(self, username, secret):
        """On the credentials screen: types the username and the secret, and taps Register card."""
        self.panel.expect("heading", self.t("credentials.title"))
        self.panel.type_into(self.t("credentials.username"), username)
        self.panel.type_into(self.t("credentials.passwordOrOtp"), secret)
        self.panel.tap("button", self.t("credentials.submit"))

    def expect_signed_in(self, display_name):
        self.panel.expect("heading", self.t("signedIn.title", name=display_name))


def enroll_unknown_card(card):
    def steps(run):
        run.start()
        run.swipe(card)
        run.panel.expect("heading", run.t("prompt.title"))
        run.panel.tap("button", run.t("prompt.enroll"))
        run.sign_in_with("alice", "alice-demo-pass")
        run.expect_signed_in("Alice Martin")
        run.panel.expect_text(run.t("signedIn.enrolled"))
        run.panel.tap("button", run.t("signedIn.logOut"))
        run.panel.expect("heading", run.t("idle.title"))
        # From then on, the card signs its user straight in.
        run.swipe(card)
        run.expect_signed_in("Alice Martin")

    return steps


def registered_card_signs_in(card, display_name):
    def steps(run):
        run.start()
        run.swipe(card)
        run.expect_signed_in(display_name)

    return steps


def wrong_password_then_right(card):
    def steps(run):
        run.start()
        run.swipe(card)
        run.panel.tap("button", run.t("prompt.enroll"))
        run.sign_in_with("bob", "not-bobs-password")
        run.panel.expect_alert(run.t("credentials.invalid"))
        run.panel.expect("heading", run.t("credentials.title"))
        run.panel.type_into(run.t("credentials.passwordOrOtp"), "bob-demo-pass")
        run.panel.tap("button", run.t("credentials.submit"))
        run.expect_signed_in("Bob Novak")

    return steps


def unreachable_tenant(card):
    def steps(run):
        run.start()
        run.swipe(card)
        run.panel.expect("heading", run.t("problem.tenant_unreachable.title"))
        run.panel.expect_alert(run.t("problem.tenant_unreachable.body"))
        run.panel.expect("button", run.t("action.retry"))
        run.panel.tap("button", run.t("action.cancel"))
        run.panel.expect("heading", run.t("idle.title"))

    return steps


def enroll_in_language(card):
    def steps(run):
        run.start()
        lang = run.panel.js("document.querySelector('main') && document.querySelector('main').lang")
        if lang != run.locale:
            raise JourneyFailure("the panel is marked lang=%r, not %r" % (lang, run.locale))
        run.swipe(card)
        run.panel.expect("heading", run.t("prompt.title"))
        run.panel.tap("button", run.t("prompt.enroll"))
        run.sign_in_with("carol", "carol-demo-pass")
        run.expect_signed_in("Carol Smith")

    return steps


# The credentials screen's distances as designed, in rem (panel.css; the same the Chromium simulation
# spacing-without-gap.spec.ts measures with flex gap switched off): WebKit 602 has no flex gap, so this
# is where margins must do its work. Measured from getBoundingClientRect, within 1 px.
_SPACING_JS = """(function () {
  var rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  function box(el) { return el.getBoundingClientRect(); }
  function across(a, b) { return Math.max(b.left - a.right, a.left - b.right); }
  var labels = document.querySelectorAll('.credentials .field__label');
  var inputs = document.querySelectorAll('.credentials .field__input');
  var buttons = document.querySelectorAll('.credentials .screen__actions button');
  var found = [];
  for (var i = 0; i < labels.length && i < inputs.length; i++)
    found.push(['label ' + (i + 1) + ' to its field', box(inputs[i]).top - box(labels[i]).bottom, 0.2]);
  if (inputs.length === 2) found.push(['Username to Password', across(box(inputs[0]), box(inputs[1])), 1]);
  for (var j = 1; j < buttons.length; j++)
    found.push(['button ' + j + ' to ' + (j + 1), across(box(buttons[j - 1]), box(buttons[j])), 0.75]);
  return JSON.stringify({ rem: rem, found: found, buttons: buttons.length, fields: inputs.length });
})()"""


def credentials_spacing(card):
    def steps(run):
        import json

        run.start()
        run.swipe(card)
        run.panel.tap("button", run.t("prompt.enroll"))
        run.panel.expect("heading", run.t("credentials.title"))
        measured = json.loads(run.panel.js(_SPACING_JS))
        if measured["fields"] != 2 or measured["buttons"] < 2:
            raise JourneyFailure("the credentials screen has %(fields)d fields, %(buttons)d buttons" % measured)
        off = [
            "%s: %.1f px, designed %.1f px" % (what, px, rem * measured["rem"])
            for what, px, rem in measured["found"]
            if abs(px - rem * measured["rem"]) > 1
        ]
        if off:
            raise JourneyFailure("spaced unlike the design: " + "; ".join(off))

    return steps


def journeys_for(shell):
    """The journeys of one shell, with cards of its own; the Konica Minolta read on IWS besides."""
    if shell == "webclient":
        cards = {
            "enroll": "1234ABCD",
            "wrong": "0BADC0DE",
            "unreachable": "04D3E8F2A17C80",
            "lang": "3735928559",
            "spacing": "0BADC0DF",
        }
        language = "de"
    else:
        cards = {
            "enroll": "CAFE0001",
            "wrong": "CAFE0002",
            "unreachable": "CAFE0003",
            "lang": "CAFE0004",
            "spacing": "CAFE0005",
        }
        language = "fr"
    found = [
        Journey(
            "unknown card → Enrollment → credentials → signed in",
            enroll_unknown_card(cards["enroll"]),
        ),
        Journey(
            "a registered card signs in",
            registered_card_signs_in("04A1B2C3D4E5F6", "Carol Smith"),
        ),
        Journey("a wrong password, then the right one", wrong_password_then_right(cards["wrong"])),
        Journey("the credentials screen is spaced as designed, without flex gap", credentials_spacing(cards["spacing"])),
        Journey(
            "an unreachable tenant",
            unreachable_tenant(cards["unreachable"]),
            # A path of the panels' own origin whose connections the test server drops unanswered: what a
            # dead tenant looks like to the panel, on the one origin the panels' CSP lets it reach here.
            settings={"tenantUrl": "{origin}/unreachable-tenant/"},
        ),
        Journey(
            "enrollment in a second language (%s)" % language,
            enroll_in_language(cards["lang"]),
            settings={"locale": language},
        ),
    ]
    if shell == "iws":
        found.append(
            Journey(
                "the Konica Minolta ASCII read signs Dana in (ASCII2Hex;Hex2Dec)",
                registered_card_signs_in("946EBD28", "Dana Weber"),
                settings={"conversion": "ASCII2Hex;Hex2Dec"},
            )
        )
    return found
