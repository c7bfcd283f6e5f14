import fc from 'fast-check';
import { expect, it } from 'vitest';
import { demoCards } from './demo-tenant';
import { enroll, identify } from './enrollment';
import type { Answer } from './problem';
import { seededTenant } from './testing/seeded-tenant.fixture';

// Ported from the mock tenant's tenant-store.property.test.ts. Every run seeds a store and awaits each
// step, so it makes 100 runs rather than the synchronous original's 200: about 1 s alone, a few seconds
// on the shared machine under load, where the generous timeout keeps a slow run from failing it.

const cards = [...demoCards.unknown, demoCards.carol];
const step = fc.oneof(
  fc.record({ kind: fc.constant('identify' as const), card: fc.constantFrom(...cards) }),
  fc.record({
    kind: fc.constant('enroll' as const),
    ticket: fc.nat(20),
    key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'),
    // `DEMO\alice` is alice too (the demo tenant's account domains): the same account, the same enrollment.
    username: fc.constantFrom('alice', 'BOB', 'carol', 'mallory', 'DEMO\\alice'),
    secret: fc.constantFrom('alice-demo-pass', 'bob-demo-pass', 'carol-demo-pass', '246810', 'wrong'),
  }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 400_000 }) }),
);

it('never registers a card twice, and a key that enrolled always gets that answer back', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { maxLength: 60 }), async (steps) => {
      const t = await seededTenant();
      const tokens: { token: string; expiresAt: number }[] = [];
      const successes = new Map<string, { fingerprint: string; answer: Answer<unknown> }>();
      for (const s of steps) {
        if (s.kind === 'wait') t.advance(s.ms);
        else if (s.kind === 'identify') {
          const answer = await identify(t.ctx, t.terminal, s.card);
          if (answer.ok && answer.body.status === 'unassigned') {
            const { token, expiresAt } = answer.body.enrollment;
            tokens.push({ token, expiresAt: Date.parse(expiresAt) });
          }
        } else {
          const ticket = tokens[s.ticket % Math.max(tokens.length, 1)];
          const enrollmentToken = ticket?.token ?? 'none';
          const { key, username, secret } = s;
          const answer = await enroll(t.ctx, t.terminal, {
            idempotencyKey: key,
            enrollmentToken,
            username,
            secret,
          });
          // A replay is the first request in full, secret included, while its ticket lives (issue 12).
          const fingerprint = JSON.stringify([enrollmentToken, username, secret]);
          const first = successes.get(key);
          const live = ticket !== undefined && t.ctx.now() < ticket.expiresAt;
          if (first?.fingerprint === fingerprint && live) expect(answer).toEqual(first.answer);
          if (first === undefined && answer.ok) successes.set(key, { fingerprint, answer });
        }
      }
      const numbers = t.store.cards().map((card) => card.number_hash);
      expect(new Set(numbers).size).toBe(numbers.length);
      expect(t.registrations().map((r) => r.numberHash)).not.toContain(await t.hashOf(demoCards.carol));
      expect(await t.ownerOf(demoCards.carol)).toBe('carol');
    }),
    { numRuns: 100 },
  );
}, 30_000);
