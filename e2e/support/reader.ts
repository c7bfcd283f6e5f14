import type { CDPSession, Locator, Page } from '@playwright/test';

/** A wedge reader types a character every few milliseconds; real ones take 4–20 ms. */
const keyGapSeconds = 0.005;

/**
 * A keyboard-wedge card reader: it types the card number as fast keystrokes and Enter into whatever
 * has focus. Keys go in through the DevTools protocol with the reader's own time stamps, so they are
 * real, trusted key events (text lands in a focused field, as at a panel) whose timing does not
 * depend on how busy this machine is.
 */
export class Reader {
  private session: CDPSession | null = null;

  constructor(
    private readonly page: Page,
    private readonly panelFrame: Locator | null,
  ) {}

  async swipe(card: string): Promise<void> {
    await this.focusPanel();
    this.session ??= await this.page.context().newCDPSession(this.page);
    const session = this.session;
    // Start a little ahead, so the burst never runs into keys a person typed just before.
    const start = Date.now() / 1000 + 0.05;
    const keys = [...card].map((key) => ({ key, text: key }));
    for (const [index, { key, text }] of keys.entries()) {
      const timestamp = start + index * keyGapSeconds;
      await session.send('Input.dispatchKeyEvent', {
        type: 'keyDown',
        key,
        text,
        unmodifiedText: text,
        timestamp,
      });
      await session.send('Input.dispatchKeyEvent', { type: 'keyUp', key, timestamp: timestamp + 0.001 });
    }
    const timestamp = start + keys.length * keyGapSeconds;
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
    await session.send('Input.dispatchKeyEvent', { type: 'keyDown', ...enter, text: '\r', timestamp });
    await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter, timestamp: timestamp + 0.001 });
  }

  /** A reader types into the panel browser; bring key focus there unless the panel already has it. */
  private async focusPanel(): Promise<void> {
    if (!this.panelFrame) return;
    const hasFocus = await this.panelFrame
      .contentFrame()
      .locator('html')
      .evaluate(() => document.hasFocus());
    if (!hasFocus) await this.panelFrame.focus();
  }
}
