import type { TenantSeed } from './tenant-seed';

/**
 * The demo tenant the simulator, the mock tenant, `npm start`'s reference service, e2e suites and README use;
 * change it only together with them.
 */
export const demoTenant = {
  terminal: { id: 't_demo', name: 'Demo panel' },
  terminalKey: 'demo-terminal-key',
  accountDomains: ['DEMO', 'demo.example'],
  emailDomain: 'demo.example',
  administrator: {
    username: 'admin',
    displayName: 'Portal Administrator',
    password: 'admin-demo-pass',
    cards: [],
  },
  enrollmentEnabled: true,
  enrollmentPrompt: true,
  users: [
    { username: 'alice', displayName: 'Alice Martin', password: 'alice-demo-pass', cards: [] },
    {
      username: 'bob',
      displayName: 'Bob Novak',
      password: 'bob-demo-pass',
      oneTimePasswords: ['246810'],
      cards: [],
    },
    { username: 'carol', displayName: 'Carol Smith', password: 'carol-demo-pass', cards: ['04A1B2C3D4E5F6'] },
    // Her card was stored in decimal; a Konica Minolta reader sends it as ASCII hex (see demoCards.danaKmRead).
    { username: 'dana', displayName: 'Dana Weber', password: 'dana-demo-pass', cards: ['2490285352'] },
  ],
  policy: {
    lockoutAfterFailures: 5,
    lockoutMs: 15 * 60_000,
    enrollmentTokenTtlMs: 5 * 60_000,
    sessionTtlMs: 10 * 60_000,
    rateLimitFailures: 20,
    rateLimitWindowMs: 60_000,
  },
} as const satisfies TenantSeed;

/** Card numbers for the simulator's reader buttons: unknown ones start an enrollment, carol's signs in. */
export const demoCards = {
  unknown: ['1234ABCD', '0BADC0DE', '04D3E8F2A17C80', '3735928559'],
  carol: '04A1B2C3D4E5F6',
  dana: '2490285352',
  /** What a KM reader in keyboard mode sends for Dana's card: ASCII codes of 946EBD28, padded with FF. */
  danaKmRead: '3934364542443238FFFF',
} as const;
