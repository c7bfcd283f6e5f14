import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { BusyScreen } from '../pages/BusyScreen';
import { CredentialsScreen } from '../pages/CredentialsScreen';
import { EnrollmentPrompt } from '../pages/EnrollmentPrompt';
import { IdleScreen } from '../pages/IdleScreen';
import { ProblemScreen } from '../pages/ProblemScreen';
import { SignedInScreen } from '../pages/SignedInScreen';
import { type ShellId, Simulator } from '../pages/Simulator';
import { TimeoutWarning } from '../pages/TimeoutWarning';
import { type CardReader, Reader, readOfCard, WorkpathHostReader } from './reader';

/** The panel's screens, each a page object over the simulator's panel frame. */
export interface PanelScreens {
  readonly idle: IdleScreen;
  readonly busy: BusyScreen;
  readonly prompt: EnrollmentPrompt;
  readonly credentials: CredentialsScreen;
  readonly signedIn: SignedInScreen;
  readonly problem: ProblemScreen;
  readonly timeoutWarning: TimeoutWarning;
}

/** Options a Playwright project sets. */
export interface PanelOptions {
  /** The panel size this project simulates, e.g. '800x480'. */
  readonly panelSize: string;
  /** The shell this project runs, as built for the panel. */
  readonly shell: ShellId;
}

interface Fixtures extends PanelOptions {
  readonly simulator: Simulator;
  readonly panel: PanelScreens;
  readonly reader: CardReader;
  /** Runs axe over the simulator and the panel in it; any violation fails. */
  readonly expectAccessible: () => Promise<void>;
  readonly consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  panelSize: ['800x480', { option: true }],
  shell: ['webclient', { option: true }],

  // Any console error or uncaught exception in the page or its panel frame fails the test. The
  // exceptions are Chromium's own network line for a tenant answer that is an error on purpose (401, 500,
  // a refused connection): the panel handles those, and the journeys assert on what it shows; and the
  // same line for a file a test blocks on purpose (annotated 'blocked file').
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const failedLoad = message.text().startsWith('Failed to load resource');
        const tenantAnswer = failedLoad && message.location().url.includes('/api/v1/');
        // A file the test itself made unreachable (lazy-parts.spec.ts) fails to load on purpose too.
        const blockedOnPurpose =
          failedLoad &&
          test
            .info()
            .annotations.some(
              ({ type, description }) =>
                type === 'blocked file' && message.location().url.includes(description ?? '\0'),
            );
        if (!tenantAnswer && !blockedOnPurpose) errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  simulator: async ({ page, panelSize, shell }, use) => {
    const simulator = new Simulator(page);
    await simulator.open(panelSize, shell);
    await use(simulator);
  },

  panel: async ({ simulator }, use) => {
    const root = simulator.panel;
    await use({
      idle: new IdleScreen(root),
      busy: new BusyScreen(root),
      prompt: new EnrollmentPrompt(root),
      credentials: new CredentialsScreen(root),
      signedIn: new SignedInScreen(root),
      problem: new ProblemScreen(root),
      timeoutWarning: new TimeoutWarning(root),
    });
  },

  reader: async ({ page, simulator, shell }, use) => {
    await use(
      shell === 'workpath'
        ? new WorkpathHostReader(simulator)
        : new Reader(page, simulator.frame, readOfCard(shell)),
    );
  },

  expectAccessible: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(violations).toEqual([]);
    });
  },
});

export { expect };
