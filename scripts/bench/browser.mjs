// Debian's chromium, launched as the e2e suite launches it, and the reader's keys over the DevTools protocol.
import { chromium } from 'playwright-core';
import { ensureChromium } from '../chromium.mjs';

/** The flags of e2e/support/chromium.ts (root needs --no-sandbox; no lookups of Google's hosts). */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  const found = ensureChromium();
  if (!found.ok) throw new Error(found.message);
  return chromium.launch({ executablePath: found.path, headless: true, args });
}

/**
 * Slows the page's renderer (its frames, same-origin ones included) by `rate`; 1 is full speed.
 * @param {import('playwright-core').CDPSession} session
 * @param {number} rate
 */
export async function throttleCpu(session, rate) {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** A wedge reader types a character every 5 ms (real ones take 4–20 ms), as e2e/support/reader.ts. */
const keyGapSeconds = 0.005;

/**
 * Types `card` and Enter into whatever has key focus, as trusted key events with the reader's own
 * timestamps, so the burst's timing does not depend on this machine's load (see e2e/support/reader.ts).
 * @param {import('playwright-core').CDPSession} session
 * @param {string} card
 */
export async function typeBurst(session, card) {
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  const start = Date.now() / 1000 + 0.05;
  const end = start + card.length * keyGapSeconds;
  const events = [
    ...[...card].flatMap((key, index) => {
      const timestamp = start + index * keyGapSeconds;
      return [
        { type: 'keyDown', key, text: key, unmodifiedText: key, timestamp },
        { type: 'keyUp', key, timestamp: timestamp + 0.001 },
      ];
    }),
    { type: 'keyDown', ...enter, text: '\r', timestamp: end },
    { type: 'keyUp', ...enter, timestamp: end + 0.001 },
  ];
  await Promise.all(
    events.map((event) => session.send('Input.dispatchKeyEvent', /** @type {any} */ (event))),
  );
}

/**
 * A card number no one has: 8 random hex digits.
 * @returns {string}
 */
export function randomCard() {
  return Array.from({ length: 8 }, () => '0123456789ABCDEF'[Math.floor(Math.random() * 16)]).join('');
}
