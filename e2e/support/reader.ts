import { encodeAsciiHex } from '@cardenroll/core';
import { type CDPSession, expect, type Locator, type Page } from '@playwright/test';
import type { ShellId, Simulator } from '../pages/Simulator';

/** A card reader at the panel: whatever the shell reads cards from. */
export interface CardReader {
  /** Swipes the card with this number: the reader sends what it sends for it (a KM reader, ASCII codes). */
  swipe(card: string): Promise<void>;
  /** The reader delivers exactly these characters as one read: for simulations about reads themselves. */
  sendRead(read: string): Promise<void>;
  /**
   * Swipes a card that was swiped before, as a person does: once the reader's same-card window since its
   * last swipe has passed (else the panel rightly takes it for the same swipe read twice).
   */
  swipeAgain(card: string): Promise<void>;
}

/** The panel's same-card window (docs/config.md): a card read again within it is one swipe. */
const sameCardWindowMs = 800;

/**
 * When each card was last swiped, and a wait for its same-card window to pass. A quick machine can run a
 * whole enrollment within the window; the wait is on the window's own end, not a guess at the machine.
 */
class SwipeTimes {
  private readonly last = new Map<string, number>();
  swiped(card: string): void {
    this.last.set(card, Date.now());
  }
  async windowPassed(card: string): Promise<void> {
    const at = this.last.get(card);
    if (at === undefined) return;
    await expect
      .poll(() => Date.now() - at, { message: `the same-card window after swiping ${card} has passed` })
      .toBeGreaterThan(sameCardWindowMs);
  }
}

/** What a shell's keyboard reader types for a card: Konica Minolta readers (IWS) type ASCII codes. */
export function readOfCard(shell: ShellId): (card: string) => string {
  return shell === 'iws' ? (card) => encodeAsciiHex(card) : (card) => card;
}

/** A wedge reader types a character every few milliseconds; real ones take 4–20 ms. */
const keyGapSeconds = 0.005;

/**
 * A keyboard-wedge card reader: it types the card number as fast keystrokes and Enter into whatever
 * has focus. Keys go in through the DevTools protocol with the reader's own time stamps, so they are
 * real, trusted key events (text lands in a focused field, as at a panel) whose timing does not
 * depend on how busy this machine is.
 */
export class Reader implements CardReader {
  private session: CDPSession | null = null;
  private readonly times = new SwipeTimes();

  /** `readOf`: what this reader types for a card; a plain wedge types the card number itself. */
  constructor(
    private readonly page: Page,
    private readonly panelFrame: Locator | null,
    private readonly readOf: (card: string) => string = (card) => card,
  ) {}

  async swipe(card: string): Promise<void> {
    await this.type([this.readOf(card)]);
    this.times.swiped(card);
  }

  async swipeAgain(card: string): Promise<void> {
    await this.times.windowPassed(card);
    await this.swipe(card);
  }

  async sendRead(read: string): Promise<void> {
    await this.type([read]);
  }

  /** A card held on the reader a moment too long: the reader reads it twice, 150 ms apart. */
  async swipeHeld(card: string): Promise<void> {
    await this.type([this.readOf(card), this.readOf(card)]);
  }

  /** Several cards, one after the other, `apartSeconds` from the start of one to the start of the next. */
  async swipeEach(cards: readonly string[], apartSeconds: number): Promise<void> {
    await this.type(cards.map(this.readOf), apartSeconds);
  }

  private async type(bursts: readonly string[], apartSeconds = 0.15): Promise<void> {
    await this.focusPanel();
    this.session ??= await this.page.context().newCDPSession(this.page);
    const session = this.session;
    const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
    // Start a little ahead, so the burst never runs into keys a person typed just before.
    const first = Date.now() / 1000 + 0.05;
    const events = bursts.flatMap((card, burst) => {
      const start = first + burst * apartSeconds;
      const end = start + card.length * keyGapSeconds;
      return [
        ...[...card].flatMap((key, index) => {
          const timestamp = start + index * keyGapSeconds;
          return [
            { type: 'keyDown' as const, key, text: key, unmodifiedText: key, timestamp },
            { type: 'keyUp' as const, key, timestamp: timestamp + 0.001 },
          ];
        }),
        { type: 'keyDown' as const, ...enter, text: '\r', timestamp: end },
        { type: 'keyUp' as const, ...enter, timestamp: end + 0.001 },
      ];
    });
    // Sent without waiting for each answer: the browser takes them in order, and each burst arrives
    // in one piece, as a reader's does, however slow the round trips are.
    await Promise.all(events.map((event) => session.send('Input.dispatchKeyEvent', event)));
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

/**
 * The Workpath badge reader: the simulator's emulated Workpath host delivers each card as HID reports over
 * the bridge, split in two with the first report sent twice, as AccessoryService may.
 */
export class WorkpathHostReader implements CardReader {
  private readonly times = new SwipeTimes();

  constructor(private readonly simulator: Simulator) {}

  async swipe(card: string): Promise<void> {
    await this.simulator.swipeWithVirtualReader(card);
    this.times.swiped(card);
  }

  async swipeAgain(card: string): Promise<void> {
    await this.times.windowPassed(card);
    await this.swipe(card);
  }

  // The bridge hands the card's characters over as they are: the read is the card number.
  async sendRead(read: string): Promise<void> {
    await this.swipe(read);
  }
}
