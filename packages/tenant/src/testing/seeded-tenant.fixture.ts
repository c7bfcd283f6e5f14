import { usernameKey } from '../account-name';
import { isoAt } from '../clock';
import { demoTenant } from '../demo-tenant';
import { type EnrollCommand, enroll, identify } from '../enrollment';
import { createMemoryStore } from '../memory-store';
import type { Answer } from '../problem';
import type { Secrets } from '../secrets-port';
import { seedTenant } from '../seed-demo';
import type { TerminalRecord, UserRecord } from '../store-port';
import type { TenantContext } from '../tenant-context';
import type { TenantSeed } from '../tenant-seed';
import { createTerminal, terminalOfKey } from '../terminal-keys';
import { createWebSecrets } from '../web-secrets';

/** Where every fixture tenant's clock starts; it moves only when a test says so. */
export const start = Date.parse('2030-01-01T08:00:00.000Z');
export const minutes = (n: number): number => n * 60_000;

/** `ok 201`, or the problem's code: what most assertions about an answer care about. */
export const problemCode = (answer: Answer<unknown>): string =>
  answer.ok ? `ok ${answer.status}` : answer.problem.code;

/** A card registered at a panel (an enrollment or a confirmed hand-over), as the mock's log showed it. */
export interface Registration {
  /** The card's keyed hash: the number itself is kept nowhere (`hashOf` gives it for a number). */
  readonly numberHash: string;
  readonly username: string;
  readonly at: string;
}

/**
 * A freshly seeded tenant over the memory store, with real Web Crypto secrets (one PBKDF2 round: the
 * demo passwords are public and tests must stay fast on a busy machine) and a clock that moves only on
 * `advance`. Helpers name things as the old mock tenant's tests did, so rules read the same.
 */
export async function seededTenant(seed: TenantSeed = demoTenant, secrets: Secrets = createWebSecrets(1)) {
  const store = createMemoryStore();
  let now = start;
  const ctx: TenantContext = { store, now: () => now, secrets };
  await seedTenant(ctx, seed);
  const terminal = await terminalOfKey(ctx, seed.terminalKey);
  if (terminal === undefined) throw new Error('the seed has no terminal');

  /** A ticket for an unknown card, taken at `at` (the seeded terminal unless said otherwise). */
  const ticket = async (cardNumber: string, at: TerminalRecord = terminal) => {
    const answer = await identify(ctx, at, cardNumber);
    if (!answer.ok || answer.body.status !== 'unassigned') throw new Error(`no ticket for ${cardNumber}`);
    return answer.body.enrollment.token;
  };
  let keys = 0;
  /** An enroll as alice with her password and a fresh Idempotency-Key, unless the command says otherwise. */
  const enrollAs = (
    command: Partial<EnrollCommand> & Pick<EnrollCommand, 'enrollmentToken'>,
    at: TerminalRecord = terminal,
  ) =>
    enroll(ctx, at, {
      idempotencyKey: `key-${++keys}`,
      username: 'alice',
      secret: 'alice-demo-pass',
      ...command,
    });
  const user = async (username: string): Promise<UserRecord> => {
    const found = await store.findUserByKey(usernameKey(username));
    if (found === undefined) throw new Error(`no user ${username}`);
    return found;
  };
  const hashOf = (cardNumber: string) => secrets.cardNumberHash(cardNumber);
  const ownerOf = async (cardNumber: string) => {
    const card = await store.findCardByNumberHash(await hashOf(cardNumber));
    const owner = card && (await store.findUserById(card.user_id));
    return owner?.username ?? null;
  };
  const registrations = (): Registration[] => {
    const names = new Map(store.users().map((u) => [u.id, u.username]));
    return store
      .cards()
      .filter((card) => card.source === 'panel')
      .map((card) => ({
        numberHash: card.number_hash,
        username: names.get(card.user_id) ?? '',
        at: isoAt(card.enrolled_at),
      }));
  };
  const otherTerminal = async () => {
    const created = await createTerminal(ctx, 'Second panel');
    const found = await terminalOfKey(ctx, created.key);
    if (found === undefined) throw new Error('the new terminal is unknown');
    return found;
  };
  return {
    ctx,
    store,
    terminal,
    ticket,
    enrollAs,
    user,
    hashOf,
    ownerOf,
    registrations,
    otherTerminal,
    setEnrollmentEnabled: (enabled: boolean) => store.saveSetting('enrollmentEnabled', enabled),
    /** Back to the seed, as the mock's reset does: the store forgets everything and is seeded again. */
    reset: async () => {
      store.clear();
      await seedTenant(ctx, seed);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
