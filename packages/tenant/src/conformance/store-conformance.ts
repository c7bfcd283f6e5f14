import { describe, expect, it } from 'vitest';
import { findCardOfNumber } from '../card-admin';
import { demoTenant } from '../demo-tenant';
import {
  authorizeDevice,
  decideDeviceGrant,
  deviceGuesserOf,
  pollDeviceToken,
  refreshClientToken,
  userOfAccessToken,
} from '../device-grant';
import { enroll, identify } from '../enrollment';
import { confirmHandover, denyHandover, pollHandover, startHandover } from '../handover';
import { directoryUser } from '../identity-provider';
import type { Answer } from '../problem';
import { seedTenant } from '../seed-demo';
import type { TenantStore, TerminalRecord } from '../store-port';
import type { TenantContext } from '../tenant-context';
import { terminalOfKey } from '../terminal-keys';
import { createWebSecrets } from '../web-secrets';

/** A store under test, and how to let it go. */
export interface StoreUnderTest {
  readonly store: TenantStore;
  close(): Promise<void>;
}

const start = Date.parse('2026-12-01T09:00:00Z');

/**
 * One set of promises every store adapter keeps (memory, SQLite, and any other that joins), proven through
 * the tenant's own rules on the demo tenant: the races a busy tenant sees, expiry and hand-over states.
 * `open` gives a fresh, empty store each time.
 */
export function describeStoreConformance(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name} store keeps the tenant's promises`, () => {
    async function tenant() {
      const { store, close } = await open();
      let now = start;
      const ctx: TenantContext = { store, now: () => now, secrets: createWebSecrets(1) };
      await seedTenant(ctx, demoTenant);
      const terminal = (await terminalOfKey(ctx, demoTenant.terminalKey)) as TerminalRecord;
      const ticket = async (cardNumber: string) => {
        const answer = await identify(ctx, terminal, cardNumber);
        if (!answer.ok || answer.body.status !== 'unassigned') throw new Error('expected an unknown card');
        return answer.body.enrollment.token;
      };
      let keys = 0;
      const enrollAs = (
        enrollmentToken: string,
        username: string,
        secret: string,
        idempotencyKey = `k${++keys}`,
      ) => enroll(ctx, terminal, { idempotencyKey, enrollmentToken, username, secret });
      const later = (ms: number) => {
        now += ms;
      };
      return { ctx, store, terminal, ticket, enrollAs, later, close };
    }
    const code = (answer: Answer<unknown>) => (answer.ok ? answer.status : answer.problem.code);

    it('gives a card raced for by two people to exactly one of them', async () => {
      const t = await tenant();
      try {
        const [first, second] = await Promise.all([t.ticket('CAFE0001'), t.ticket('CAFE0001')]);
        const answers = await Promise.all([
          t.enrollAs(first, 'alice', 'alice-demo-pass'),
          t.enrollAs(second, 'carol', 'carol-demo-pass'),
        ]);
        expect(answers.map(code).sort()).toEqual([201, 'card_already_assigned']);
        // Every field of a record comes back as stored, absent ones as null (not undefined).
        expect((await t.store.findUserByKey('alice'))?.disabled_at).toBeNull();
        const card = await findCardOfNumber(t.ctx, 'CAFE0001');
        const owner = card && (await t.store.findUserById(card.user_id));
        const winner = answers[0]?.ok ? 'alice' : 'carol';
        expect(owner?.username).toBe(winner);
      } finally {
        await t.close();
      }
    });

    it('counts every one of parallel wrong secrets, and locks at the fifth', async () => {
      const t = await tenant();
      try {
        const token = await t.ticket('CAFE0002');
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => t.enrollAs(token, 'alice', 'wrong-password')),
        );
        const left = answers.map((a) => (a.ok ? null : (a.problem.attemptsLeft ?? a.problem.code)));
        expect(left.sort()).toEqual([1, 2, 3, 4, 'account_locked']);
        expect((await t.store.findStreak('alice'))?.lockedUntil).toBeGreaterThan(start);
        expect(code(await t.enrollAs(token, 'alice', 'alice-demo-pass'))).toBe('account_locked');
      } finally {
        await t.close();
      }
    });

    it('lets a one-time password register one card, however many use it at once', async () => {
      const t = await tenant();
      try {
        const tokens = await Promise.all(['CAFE0003', 'CAFE0004', 'CAFE0005'].map(t.ticket));
        const answers = await Promise.all(tokens.map((token) => t.enrollAs(token, 'bob', '246810')));
        expect(answers.map(code).sort()).toEqual([201, 'invalid_credentials', 'invalid_credentials']);
      } finally {
        await t.close();
      }
    });

    it('replays an Idempotency-Key with its first answer and registers once', async () => {
      const t = await tenant();
      try {
        const token = await t.ticket('CAFE0006');
        const [one, two] = await Promise.all([
          t.enrollAs(token, 'alice', 'alice-demo-pass', 'same-key'),
          t.enrollAs(token, 'alice', 'alice-demo-pass', 'same-key'),
        ]);
        expect(two).toEqual(one);
        expect(code(one)).toBe(201);
        expect(await t.store.eventTimesSince('card_enrolled', 0)).toHaveLength(1);
        const other = await t.ticket('CAFE0007');
        expect(code(await t.enrollAs(other, 'alice', 'alice-demo-pass', 'same-key'))).toBe('invalid_request');
        const wrong = await t.enrollAs(token, 'carol', 'nope', 'k-wrong');
        expect(await t.enrollAs(token, 'carol', 'nope', 'k-wrong')).toEqual(wrong);
      } finally {
        await t.close();
      }
    });

    it('keeps a card, its ticket and its hand-over as a keyed hash and a tail, never the number', async () => {
      const t = await tenant();
      try {
        const number = '0987654321ABCDEF0123';
        const hash = await t.ctx.secrets.cardNumberHash(number);
        const token = await t.ticket(number);
        const ticket = await t.store.findTicket(await t.ctx.secrets.tokenHash(token));
        expect(ticket).toMatchObject({ card_number_hash: hash, card_number_tail: '0123' });
        const started = await startHandover(t.ctx, t.terminal, token, 'http://x');
        if (!started.ok) throw new Error('hand-over refused');
        const handover = await t.store.findHandover(await t.ctx.secrets.tokenHash(started.body.handoverId));
        expect(handover).toMatchObject({ card_number_hash: hash, card_number_tail: '0123' });
        expect(code(await t.enrollAs(token, 'alice', 'alice-demo-pass'))).toBe(201);
        const card = await t.store.findCardByNumberHash(hash);
        expect(card).toMatchObject({ number_hash: hash, number_tail: '0123', source: 'panel' });
        const alice = await t.store.findUserByKey('alice');
        const kept = JSON.stringify([ticket, handover, await t.store.cardsOfUser(alice?.id ?? '')]);
        expect(kept).not.toContain(number.slice(0, 8));
        // One number, one hash: the number found again is the same card.
        expect((await findCardOfNumber(t.ctx, number))?.id).toBe(card?.id);
      } finally {
        await t.close();
      }
    });

    it('lets a ticket run out', async () => {
      const t = await tenant();
      try {
        const token = await t.ticket('CAFE0008');
        t.later(demoTenant.policy.enrollmentTokenTtlMs);
        expect(code(await t.enrollAs(token, 'alice', 'alice-demo-pass'))).toBe('enrollment_expired');
        expect(await findCardOfNumber(t.ctx, 'CAFE0008')).toBeUndefined();
      } finally {
        await t.close();
      }
    });

    it('walks a hand-over through pending, confirmed, denied and expired', async () => {
      const t = await tenant();
      try {
        const alice = await t.store.findUserByKey('alice');
        if (alice === undefined) throw new Error('no alice');
        const open = async (card: string) => {
          const started = await startHandover(t.ctx, t.terminal, await t.ticket(card), 'http://x');
          if (!started.ok) throw new Error('hand-over refused');
          return started.body;
        };
        const poll = async (id: string) => {
          const answer = await pollHandover(t.ctx, t.terminal, id);
          return answer.ok ? answer.body.status : answer.problem.code;
        };
        const confirmed = await open('CAFE0009');
        expect(await poll(confirmed.handoverId)).toBe('pending');
        const both = await Promise.all([
          confirmHandover(t.ctx, confirmed.userCode, alice),
          confirmHandover(t.ctx, confirmed.userCode, alice),
        ]);
        expect(both.map(code).sort()).toEqual([204, 'handover_expired']);
        expect(await poll(confirmed.handoverId)).toBe('confirmed');
        expect(await t.store.eventTimesSince('handover_confirmed', 0)).toHaveLength(1);

        const denied = await open('CAFE000A');
        expect(code(await denyHandover(t.ctx, denied.userCode.toLowerCase(), alice))).toBe(204);
        expect(await poll(denied.handoverId)).toBe('denied');
        expect(await findCardOfNumber(t.ctx, 'CAFE000A')).toBeUndefined();

        const lapsed = await open('CAFE000B');
        t.later(5 * 60_000);
        expect(await poll(lapsed.handoverId)).toBe('handover_expired');
        expect(code(await confirmHandover(t.ctx, lapsed.userCode, alice))).toBe('handover_expired');
        expect(await poll('ho_unknown')).toBe('not_found');
      } finally {
        await t.close();
      }
    });

    it('hands a sign-in under way to one of two racing callbacks, and lets it run out', async () => {
      const t = await tenant();
      try {
        const record = {
          id_hash: 'h1',
          provider_id: 'corp',
          state: 's',
          nonce: 'n',
          return_to: '/portal/',
          created_at: start,
          expires_at: start + 600_000,
        };
        await t.store.insertProviderSignIn(record);
        const both = await Promise.all([t.store.takeProviderSignIn('h1'), t.store.takeProviderSignIn('h1')]);
        expect(both.filter((found) => found !== undefined)).toEqual([record]);
        await t.store.insertProviderSignIn({ ...record, id_hash: 'h2' });
        await t.store.purgeProviderSignIns(start + 600_001);
        expect(await t.store.takeProviderSignIn('h2')).toBeUndefined();
      } finally {
        await t.close();
      }
    });

    it('counts parallel failures of one source, and unknown names like known ones', async () => {
      const t = await tenant();
      try {
        await t.store.saveSetting('rateLimitFailures', 4);
        const tokens = await Promise.all(['CAFE00D1', 'CAFE00D2'].map(t.ticket));
        const answers = await Promise.all(
          Array.from({ length: 4 }, (_, i) => t.enrollAs(tokens[i % 2] ?? '', 'nobody-here', 'guess')),
        );
        expect(answers.map((a) => (a.ok ? null : (a.problem.attemptsLeft ?? a.problem.code))).sort()).toEqual(
          [1, 2, 3, 4],
        );
        expect((await t.store.findStreak('nobody-here'))?.failedCount).toBe(4);
        const throttle = await t.store.findThrottle(`terminal:${t.terminal.id}`);
        expect(throttle?.failures).toBe(4);
        expect(code(await t.enrollAs(tokens[0] ?? '', 'alice', 'alice-demo-pass'))).toBe('too_many_attempts');
      } finally {
        await t.close();
      }
    });

    it('undoes every write of a transaction that throws', async () => {
      const t = await tenant();
      try {
        const alice = await t.store.findUserByKey('alice');
        if (alice === undefined) throw new Error('no alice');
        const card = {
          id: 'c_x',
          number_hash: 'hash-of-CAFE000C',
          number_tail: '000C',
          user_id: alice.id,
          source: 'portal' as const,
        };
        await expect(
          t.store.transaction(async (tx) => {
            expect(await tx.insertCard({ ...card, enrolled_at: start, terminal_id: null })).toBe(true);
            await tx.saveStreak('alice', { failedCount: 3, lockedUntil: null });
            await tx.recordAudit({
              at: start,
              kind: 'card_added',
              actor: null,
              subject: 'alice',
              detail: '',
            });
            throw new Error('no');
          }),
        ).rejects.toThrow('no');
        expect(await t.store.findCardByNumberHash('hash-of-CAFE000C')).toBeUndefined();
        expect(await t.store.findStreak('alice')).toBeUndefined();
        expect(await t.store.eventTimesSince('card_added', 0)).toEqual([]);
        expect(await t.store.insertCard({ ...card, enrolled_at: start, terminal_id: null })).toBe(true);
        expect(await t.store.insertCard({ ...card, id: 'c_y', enrolled_at: start, terminal_id: null })).toBe(
          false,
        );
      } finally {
        await t.close();
      }
    });
    it('ends a user’s other sessions, deletes a user with their cards and records a contact once', async () => {
      const t = await tenant();
      try {
        const alice = await t.store.findUserByKey('alice');
        const carol = await t.store.findUserByKey('carol');
        if (alice === undefined || carol === undefined) throw new Error('no alice or carol');
        await t.store.insertPortalSession('h1', alice.id, start);
        await t.store.insertPortalSession('h2', alice.id, start + 1);
        await t.store.insertPortalSession('h3', carol.id, start);
        expect((await t.store.portalSessionsOf(alice.id)).map((s) => s.id_hash)).toEqual(['h2', 'h1']);
        expect(await t.store.deletePortalSessionsOf(alice.id, 'h1')).toBe(1);
        expect((await t.store.portalSessionsOf(alice.id)).map((s) => s.id_hash)).toEqual(['h1']);
        expect(await t.store.deletePortalSessionsOf(alice.id, null)).toBe(1);
        expect(await t.store.findPortalSession('h3')).toBeDefined();

        await t.store.saveDisabled(alice.id, start);
        expect((await t.store.findUserById(alice.id))?.disabled_at).toBe(start);
        const before = await t.store.countActiveAdmins();
        await t.store.saveRole(alice.id, 'admin');
        expect(await t.store.countActiveAdmins()).toBe(before);

        const hash = (await t.store.cardsOfUser(carol.id))[0]?.number_hash ?? '';
        await t.store.deleteUser(carol.id);
        expect(await t.store.findUserById(carol.id)).toBeUndefined();
        expect(await t.store.findCardByNumberHash(hash)).toBeUndefined();
        expect(await t.store.findPortalSession('h3')).toBeUndefined();

        // Finding the terminal above recorded a contact at `start`; a minute later is the next write.
        expect(await t.store.touchTerminal(t.terminal.id, start + 60_000, start + 1)).toBe(true);
        expect(await t.store.touchTerminal(t.terminal.id, start + 60_001, start + 2)).toBe(false);
        expect((await t.store.listTerminals())[0]?.last_seen_at).toBe(start + 60_000);
      } finally {
        await t.close();
      }
    });

    it('walks a device grant to tokens, rotates them, and revokes the family on reuse or deletion', async () => {
      const t = await tenant();
      try {
        const alice = await t.store.findUserByKey('alice');
        if (alice === undefined) throw new Error('no alice');
        const client = 'cardenroll-desktop';
        const guesser = deviceGuesserOf(alice.id, 'h');
        const started = await authorizeDevice(t.ctx, client, 'https://tenant.example');
        if (!started.ok) throw new Error(started.error);
        const { device_code: deviceCode, user_code: userCode } = started.body;
        const errorOf = (answer: { ok: boolean; error?: string }) => (answer.ok ? 'ok' : answer.error);
        expect(errorOf(await pollDeviceToken(t.ctx, client, deviceCode))).toBe('authorization_pending');
        expect(errorOf(await pollDeviceToken(t.ctx, client, deviceCode))).toBe('slow_down');
        const grant = await t.store.findDeviceGrantByCode(userCode.replace('-', ''));
        expect(grant).toMatchObject({
          interval_seconds: 10,
          last_polled_at: start,
          status: 'pending',
          user_id: null,
        });
        expect(await t.store.isDeviceUserCodeLive(userCode.replace('-', ''), start)).toBe(true);
        expect(code(await decideDeviceGrant(t.ctx, userCode, alice, 'approved', guesser))).toBe(204);
        t.later(10_000);
        const tokens = await pollDeviceToken(t.ctx, client, deviceCode);
        if (!tokens.ok) throw new Error(tokens.error);
        expect(await t.store.findDeviceGrant(grant?.device_code_hash ?? '')).toBeUndefined();
        expect(await t.store.clientFamiliesOf(alice.id, start + 10_000)).toEqual([
          expect.objectContaining({
            client_id: client,
            created_at: start + 10_000,
            last_used_at: start + 10_000,
          }),
        ]);

        // Two refreshes with one token at once: exactly one wins, and the loser's reuse ends the family.
        const both = await Promise.all([
          refreshClientToken(t.ctx, client, tokens.body.refresh_token),
          refreshClientToken(t.ctx, client, tokens.body.refresh_token),
        ]);
        expect(both.map(errorOf).sort()).toEqual(['invalid_grant', 'ok']);
        expect(await t.store.clientFamiliesOf(alice.id, start + 10_000)).toEqual([]);
        const again = await authorizeDevice(t.ctx, client, 'https://tenant.example');
        if (!again.ok) throw new Error(again.error);
        await decideDeviceGrant(t.ctx, again.body.user_code, alice, 'approved', guesser);
        const second = await pollDeviceToken(t.ctx, client, again.body.device_code);
        if (!second.ok) throw new Error(second.error);
        expect(await t.store.revokeClientTokensOf(alice.id, start + 20_000)).toBe(2);
        expect(await userOfAccessToken(t.ctx, second.body.access_token)).toBeUndefined();
        expect(await t.store.revokeClientTokensOf(alice.id, start + 20_000)).toBe(0);
        await t.store.deleteUser(alice.id);
        expect(
          await t.store.findClientToken(await t.ctx.secrets.tokenHash(second.body.access_token)),
        ).toBeUndefined();
        await t.store.purgeClientTokens(start + 365 * 24 * 60 * 60_000);
        await t.store.purgeDeviceGrants(start + 365 * 24 * 60 * 60_000);
        expect(await t.store.findDeviceGrantByCode(userCode.replace('-', ''))).toBeUndefined();
      } finally {
        await t.close();
      }
    });

    it('lets one worker claim each due outbox message, settles it once and forgets its content', async () => {
      const t = await tenant();
      try {
        const mail = (recipient: string, at: number) => ({
          recipient,
          username: 'bob',
          sealed_message: `sealed for ${recipient}`,
          created_at: at,
          expires_at: at + 60 * 60_000,
        });
        const first = await t.store.insertOutboxMail(mail('a@demo.example', start));
        const second = await t.store.insertOutboxMail(mail('b@demo.example', start + 1));
        // Two workers at once: each gets a different message, a third gets none.
        const claims = await Promise.all([
          t.store.claimOutboxMail(start + 1, start + 60_000),
          t.store.claimOutboxMail(start + 1, start + 60_000),
          t.store.claimOutboxMail(start + 1, start + 60_000),
        ]);
        expect(claims.map((c) => c?.id ?? null).sort()).toEqual([first, second, null].sort());
        const claimed = claims.find((c) => c?.id === first);
        expect(claimed).toMatchObject({ attempts: 1, sealed_message: 'sealed for a@demo.example' });

        // A failed attempt: due again later; a stale settlement (attempt 0) writes nothing.
        const retry = {
          state: 'queued',
          nextAttemptAt: start + 30_000,
          error: 'connection refused',
        } as const;
        expect(await t.store.settleOutboxMail(first, 0, retry)).toBe(false);
        expect(await t.store.settleOutboxMail(first, 1, retry)).toBe(true);
        expect(await t.store.claimOutboxMail(start + 2, start + 60_000)).toBeUndefined();
        const again = await t.store.claimOutboxMail(start + 30_000, start + 90_000);
        expect(again).toMatchObject({ id: first, attempts: 2, last_error: 'connection refused' });
        expect(await t.store.settleOutboxMail(first, 2, { state: 'sent', at: start + 30_001 })).toBe(true);
        expect(await t.store.settleOutboxMail(first, 2, { state: 'sent', at: start + 30_002 })).toBe(false);
        // A claim that ran out (its worker died) is free again.
        const taken = await t.store.claimOutboxMail(start + 60_000, start + 120_000);
        expect(taken).toMatchObject({ id: second, attempts: 2 });
        expect(
          await t.store.settleOutboxMail(second, 2, {
            state: 'failed',
            at: start + 60_001,
            error: '550 no such user',
          }),
        ).toBe(true);

        const listed = await t.store.listOutbox(10);
        expect(listed.map((m) => [m.id, m.state, m.last_error])).toEqual([
          [second, 'failed', '550 no such user'],
          [first, 'sent', 'connection refused'],
        ]);
        expect(listed[0]).not.toHaveProperty('sealed_message');
        expect(await t.store.claimOutboxMail(start + 999_999, start + 9_999_999)).toBeUndefined();
        await t.store.purgeOutbox(start + 60_001);
        expect((await t.store.listOutbox(10)).map((m) => m.id)).toEqual([second]);

        expect((await t.store.findUsersByEmail(' BOB@demo.example ')).map((u) => u.username)).toEqual([
          'bob',
        ]);
        expect(await t.store.findUsersByEmail('nobody@demo.example')).toEqual([]);
      } finally {
        await t.close();
      }
    });

    it('keeps the provider that owns a directory user, and null for a local one', async () => {
      const t = await tenant();
      try {
        const shadow = await t.store.transaction((tx) =>
          directoryUser(tx, () => 'u_erin', start, 'corp-ad', {
            username: 'Erin',
            displayName: 'Erin Directory',
            email: null,
          }),
        );
        expect(shadow).toMatchObject({ username_key: 'erin', provider_id: 'corp-ad', password_hash: null });
        expect(await t.store.findUserByKey('erin')).toMatchObject({ id: 'u_erin', provider_id: 'corp-ad' });
        expect((await t.store.findUserByKey('alice'))?.provider_id ?? null).toBeNull();
        // Another provider, or a local user's name, is never taken over.
        const clash = await t.store.transaction((tx) =>
          directoryUser(tx, () => 'u_x', start, 'lab', { username: 'erin', displayName: 'X', email: null }),
        );
        expect(clash).toBeUndefined();
        const local = await t.store.transaction((tx) =>
          directoryUser(tx, () => 'u_y', start, 'corp-ad', {
            username: 'alice',
            displayName: 'Y',
            email: null,
          }),
        );
        expect(local).toBeUndefined();
      } finally {
        await t.close();
      }
    });
  });
}
