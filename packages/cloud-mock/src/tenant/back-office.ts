import {
  type Answer,
  addCard,
  confirmHandover,
  createMemoryStore,
  createWebSecrets,
  demoTenant,
  denyHandover,
  displayUserCode,
  type MemoryStore,
  seedTenant,
  type TenantContext,
  type TenantSeed,
  usernameKey,
} from '@cardenroll/tenant';

/** One card registered at a panel (an enrollment or a confirmed hand-over). */
export interface Registration {
  /** What the tenant keeps to show of the card (its last characters): like the service, it keeps no number. */
  readonly cardTail: string;
  readonly username: string;
  readonly at: string;
}

/** A hand-over waiting for a phone, as the simulator lists it. */
export interface PendingHandover {
  readonly userCode: string;
  /** The last characters of the card, all the mock tenant keeps to show of it. */
  readonly cardTail: string;
  readonly expiresAt: string;
}

/** What confirming or denying a hand-over on "the phone" came to. */
export type HandoverDecision =
  | 'confirmed'
  | 'denied'
  /** No hand-over has that code. */
  | 'not_pending'
  /** It ran out, or was decided already. */
  | 'expired'
  | 'unknown_user'
  | 'card_already_assigned'
  | 'card_limit_reached';

/**
 * The mock tenant behind the panel's back: its context for the handlers, and what a person at the tenant
 * does meanwhile (an administrator registers a card, someone confirms a hand-over on their phone, a
 * switch turns enrollment off), with a log of registrations for the simulator's counter and tests. Every
 * rule is the tenant package's, over an in-memory store.
 */
export interface BackOffice {
  readonly seed: TenantSeed;
  readonly context: TenantContext;
  /** Settles once the seed is in the store; the handlers wait for it on every request. */
  ready(): Promise<void>;
  /** Every card registered at a panel, oldest first. */
  readonly registrations: readonly Registration[];
  /** Registers a card to a user as an administrator would; false when the user is unknown or the card taken. */
  assignCard(cardNumber: string, username: string): Promise<boolean>;
  setEnrollmentEnabled(enabled: boolean): Promise<void>;
  /** Hand-overs waiting for a phone, newest first. */
  pendingHandovers(): readonly PendingHandover[];
  confirmHandover(userCode: string, username: string): Promise<HandoverDecision>;
  denyHandover(userCode: string, username: string): Promise<HandoverDecision>;
  /** Back to the seed: cards, OTPs, lockouts, tickets, replays, hand-overs. */
  reset(): Promise<void>;
}

export interface BackOfficeOptions {
  /** The clock in epoch milliseconds; tests inject one to walk through lockouts and expiries. */
  readonly now?: () => number;
  readonly seed?: TenantSeed;
}

const decisionOf = (answer: Answer<null>, done: 'confirmed' | 'denied'): HandoverDecision => {
  if (answer.ok) return done;
  switch (answer.problem.code) {
    case 'not_found':
      return 'not_pending';
    case 'card_already_assigned':
    case 'card_limit_reached':
      return answer.problem.code;
    default:
      return 'expired';
  }
};

/** A mock tenant's back office over a fresh in-memory store, seeded with `seed` (the demo tenant by default). */
export function createBackOffice({ now = Date.now, seed = demoTenant }: BackOfficeOptions = {}): BackOffice {
  const store: MemoryStore = createMemoryStore();
  const context: TenantContext = { store, now, secrets: createWebSecrets() };
  let seeded = seedTenant(context, seed).then(() => undefined);
  const userNamed = (username: string) => store.findUserByKey(usernameKey(username));
  const iso = (ms: number) => new Date(ms).toISOString();

  return {
    seed,
    context,
    ready: () => seeded,
    get registrations() {
      const users = new Map(store.users().map((user) => [user.id, user.username]));
      return store
        .cards()
        .filter((card) => card.source === 'panel')
        .map((card) => ({
          cardTail: card.number_tail,
          username: users.get(card.user_id) ?? '',
          at: iso(card.enrolled_at),
        }));
    },
    async assignCard(cardNumber, username) {
      await seeded;
      const user = await userNamed(username);
      return user !== undefined && (await addCard(context, user, cardNumber, null)).ok;
    },
    async setEnrollmentEnabled(enabled) {
      await seeded;
      await store.saveSetting('enrollmentEnabled', enabled);
    },
    pendingHandovers() {
      const at = now();
      return store
        .handovers()
        .filter((h) => h.status === 'pending' && at < h.expires_at)
        .reverse()
        .map((h) => ({
          userCode: displayUserCode(h.user_code),
          cardTail: h.card_number_tail,
          expiresAt: iso(h.expires_at),
        }));
    },
    async confirmHandover(userCode, username) {
      const user = await userNamed(username);
      if (user === undefined) return 'unknown_user';
      return decisionOf(await confirmHandover(context, userCode, user), 'confirmed');
    },
    async denyHandover(userCode, username) {
      const user = await userNamed(username);
      if (user === undefined) return 'unknown_user';
      return decisionOf(await denyHandover(context, userCode, user), 'denied');
    },
    async reset() {
      await seeded;
      store.clear();
      seeded = seedTenant(context, seed).then(() => undefined);
      await seeded;
    },
  };
}
