import fc from 'fast-check';
import { expect, it } from 'vitest';
import { demoCards } from './demo-tenant';
import type { TenantAnswer } from './tenant-answer';
import { createTenantStore } from './tenant-store';

const cards = [...demoCards.unknown, demoCards.carol];
const step = fc.oneof(
  fc.record({ kind: fc.constant('identify' as const), card: fc.constantFrom(...cards) }),
  fc.record({
    kind: fc.constant('enroll' as const),
    ticket: fc.nat(20),
    key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'),
    username: fc.constantFrom('alice', 'BOB', 'carol', 'mallory'),
    secret: fc.constantFrom('alice-demo-pass', 'bob-demo-pass', 'carol-demo-pass', '246810', 'wrong'),
  }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 400_000 }) }),
);

it('never registers a card twice, and a key that enrolled always gets that answer back', () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      let clock = 0;
      const store = createTenantStore({ now: () => clock });
      const tokens: string[] = [];
      const successes = new Map<string, { fingerprint: string; answer: TenantAnswer<unknown> }>();
      for (const s of steps) {
        if (s.kind === 'wait') clock += s.ms;
        else if (s.kind === 'identify') {
          const answer = store.identify(s.card);
          if (answer.ok && answer.body.status === 'unassigned') tokens.push(answer.body.enrollment.token);
        } else {
          const enrollmentToken = tokens[s.ticket % Math.max(tokens.length, 1)] ?? 'none';
          const { key, username, secret } = s;
          const answer = store.enroll({ idempotencyKey: key, enrollmentToken, username, secret });
          const fingerprint = `${enrollmentToken}/${username.toLowerCase()}`;
          const first = successes.get(key);
          if (first?.fingerprint === fingerprint) expect(answer).toEqual(first.answer);
          if (first === undefined && answer.ok) successes.set(key, { fingerprint, answer });
        }
      }
      const registered = store.registrations.map((r) => r.cardNumber);
      expect(new Set(registered).size).toBe(registered.length);
      expect(registered).not.toContain(demoCards.carol);
    }),
    { numRuns: 200 },
  );
});
