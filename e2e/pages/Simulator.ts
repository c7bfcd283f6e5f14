import type { FrameLocator, Locator, Page } from '@playwright/test';

/** The tenant's moods, as the simulator's Tenant switches name them. */
export type TenantMode =
  | 'Answers normally'
  | 'Slow (4 s per answer)'
  | 'Unreachable'
  | 'Failing (HTTP 500)'
  | 'Never answers (times out)'
  | 'Bad gateway (HTTP 502)'
  | 'Busy (HTTP 503, Retry-After 1 s)'
  | 'Malformed JSON'
  | 'A problem code the panel does not know'
  | 'Answers 10 s late';

/** The shells the simulator frames. */
export type ShellId = 'webclient' | 'iws' | 'workpath';

/** The panel simulator around the shell: panel size, language, the virtual reader and the tenant switches. */
export class Simulator {
  constructor(private readonly page: Page) {}

  /** The printer panel frame, as a person would find it. */
  get frame(): Locator {
    return this.page.getByTitle('Printer panel');
  }

  get panel(): FrameLocator {
    return this.frame.contentFrame();
  }

  get panelSize(): Locator {
    return this.page.getByLabel('Panel size');
  }

  get language(): Locator {
    return this.page.getByLabel('Language');
  }

  get cardNumber(): Locator {
    return this.page.getByLabel('Card number');
  }

  async open(size: string, shell: ShellId = 'webclient'): Promise<void> {
    await this.page.goto(`/?shell=${shell}&size=${size}`);
    await this.panel.getByRole('heading', { name: 'Swipe your card' }).waitFor();
  }

  /** The shell's panel build on a page of its own, with the config.json it is packaged with. */
  async openShellAlone(shell: ShellId): Promise<void> {
    await this.page.goto(`/${shell}/`);
  }

  /** Restarts the panel with a config.json of one's own, as an installer's edit would. */
  async restartPanelWithConfig(text: string): Promise<void> {
    await this.page.getByLabel('config.json').fill(text);
    await this.restartPanel(this.page.getByRole('button', { name: 'Restart panel with this config' }));
  }

  async restartPanelWithDemoConfig(): Promise<void> {
    await this.restartPanel(this.page.getByRole('button', { name: 'Back to the demo config' }));
  }

  /** Presses a button that reloads the panel, and waits for the new page: the old one may look the same. */
  private async restartPanel(button: Locator): Promise<void> {
    const reloaded = this.page.waitForEvent('framenavigated', (frame) => frame.name() === 'panel');
    await button.click();
    await reloaded;
  }

  /** Plugs in another kind of reader (Webclient only); the panel restarts with the matching config. */
  async chooseReaderType(label: 'Keyboard wedge' | 'WebHID (vendor protocol)'): Promise<void> {
    await this.page.getByLabel('Reader type').selectOption({ label });
  }

  /** Whether the panel has opened the reader, for readers it must open (WebHID). */
  get readerStatus(): Locator {
    return this.page.getByRole('status', { name: 'Reader status' });
  }

  /** The emulated Workpath device: whom the panel signed in there. */
  get deviceSession(): Locator {
    return this.page.getByRole('status', { name: 'Device session' });
  }

  async logOutAtDevice(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out at the device' }).click();
  }

  async chooseLanguage(name: string): Promise<void> {
    await this.language.selectOption({ label: name });
  }

  /** Makes the tenant answer normally, slowly, not at all, or with errors. */
  async setTenant(mode: TenantMode): Promise<void> {
    await this.page.getByRole('radio', { name: mode }).check();
  }

  /** Which calls the tenant's fault hits. */
  async setFaultTarget(
    target: 'Card lookup and registration' | 'Card lookup only' | 'Registration only',
  ): Promise<void> {
    await this.page.getByLabel('Fault hits').selectOption({ label: target });
  }

  /** How many registration requests reached the tenant, retries and replays included. */
  get registrationRequests(): Locator {
    return this.page.getByRole('status', { name: 'Registration requests' });
  }

  /** How many cards the tenant has registered at the panel, replays not counted. */
  get registrations(): Locator {
    return this.page.getByRole('status', { name: 'Registrations' });
  }

  /** The phone hand-over waiting at the mock tenant, or what the last decision on "the phone" was. */
  get phoneHandover(): Locator {
    return this.page.getByRole('status', { name: 'Phone hand-over' });
  }

  /** Confirms the waiting phone hand-over as a demo user, as they would in the portal after a scan. */
  async confirmHandoverAs(username: string): Promise<void> {
    await this.page.getByLabel('Phone hand-over: confirm as').selectOption(username);
    await this.page.getByRole('button', { name: 'Confirm on the phone' }).click();
  }

  async denyHandover(): Promise<void> {
    await this.page.getByRole('button', { name: 'Deny on the phone' }).click();
  }

  /** Swipes a card with the virtual reader's field and button. */
  async swipeWithVirtualReader(card: string): Promise<void> {
    await this.cardNumber.fill(card);
    await this.page.getByRole('button', { name: 'Swipe card' }).click();
  }

  /** Registers a card to Carol behind the panel's back, as the portal or another terminal would. */
  async registerToCarolInPortal(card: string): Promise<void> {
    await this.cardNumber.fill(card);
    await this.page.getByRole('button', { name: 'Register this card to Carol in the portal' }).click();
  }

  get chainStatus(): Locator {
    return this.page.locator('#chain-status');
  }

  /** Sets the terminal's conversion chain, as an installer would in its config. */
  async applyChain(chain: string): Promise<void> {
    await this.page.getByLabel('Conversion chain').fill(chain);
    await this.page.getByRole('button', { name: 'Apply chain' }).click();
  }

  /** Asks the rule finder for chains that map each read to its expected card number. */
  async findChains(pairs: readonly (readonly [read: string, expected: string])[]): Promise<void> {
    await this.page
      .getByLabel('Pairs (read=expected, one a line)')
      .fill(pairs.map(([r, e]) => `${r}=${e}`).join('\n'));
    await this.page.getByRole('button', { name: 'Find chains' }).click();
  }

  get finderResult(): Locator {
    return this.page.getByRole('status', { name: 'Rule finder result' });
  }

  async useChain(chain: string): Promise<void> {
    await this.page.getByRole('button', { name: `Use ${chain}`, exact: true }).click();
  }

  async showInstallerView(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Installer view on the panel' }).check();
  }

  /** The rows of the simulator's log of recent swipes: read and card number. */
  get swipeLog(): Locator {
    return this.page.getByRole('table', { name: 'Recent swipes' }).getByRole('row');
  }

  async swipeDemoCard(label: RegExp | string): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }
}
