import { expect, it } from 'vitest';
import { addCard, removeCard } from './card-admin';
import { demoTenant } from './demo-tenant';
import { enroll, identify } from './enrollment';
import { confirmHandover, startHandover, viewHandover } from './handover';
import { importDirectory } from './import-directory';
import { createMemoryStore } from './memory-store';
import { seedTenant } from './seed-demo';
import type { TenantRecords, TenantStore } from './store-port';
import { problemCode, seededTenant } from './testing/seeded-tenant.fixture';

/**
 * A store that notes every argument the rules hand it, transactions included: whatever store sits behind
 * the port (memory, SQLite, PostgreSQL), it can only keep what it is given.
 */
function recordingStore(inner: TenantStore, seen: string[]): TenantStore {
  const wrap = <R extends TenantRecords>(records: R): R =>
    new Proxy(records, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (name === 'transaction') {
            const work = args[0] as (tx: TenantRecords) => Promise<unknown>;
            return (value as TenantStore['transaction']).call(target, (tx) => work(wrap(tx)));
          }
          seen.push(JSON.stringify(args));
          return value.apply(target, args);
        };
      },
    });
  return wrap(inner);
}

it('hands no store a card number, through any door: panel, hand-over, portal, directory, seed', async () => {
  const seen: string[] = [];
  const numbers = ['73194028564139', 'A1B2C3D4E5F60718', '5550001112223334', '4242000042420007'];
  const [enrolled = '', handedOver = '', portal = '', directory = ''] = numbers;
  const seed = {
    ...demoTenant,
    users: demoTenant.users.map((user, i) => (i === 0 ? { ...user, cards: ['9988776655443322'] } : user)),
  };
  const t = await seededTenant(seed);
  const store = recordingStore(t.store, seen);
  const ctx = { ...t.ctx, store };
  await seedTenant({ ...ctx, store: recordingStore(createMemoryStore(), seen) }, seed);

  const token = async (number: string) => {
    const answer = await identify(ctx, t.terminal, number);
    if (!answer.ok || answer.body.status !== 'unassigned') throw new Error('expected an unknown card');
    return answer.body.enrollment.token;
  };
  const command = { idempotencyKey: 'k', username: 'bob', secret: 'bob-demo-pass' };
  expect(
    problemCode(await enroll(ctx, t.terminal, { ...command, enrollmentToken: await token(enrolled) })),
  ).toBe('ok 201');
  const started = await startHandover(ctx, t.terminal, await token(handedOver), 'https://x');
  if (!started.ok) throw new Error('no hand-over');
  const view = await viewHandover(ctx, started.body.userCode);
  expect(view.ok && view.body.maskedCard).toBe('••••••0718');
  const bob = await t.user('bob');
  expect(problemCode(await confirmHandover(ctx, started.body.userCode, bob))).toBe('ok 204');
  const added = await addCard(ctx, bob, portal, null);
  if (!added.ok) throw new Error('not added');
  await importDirectory(
    ctx,
    [{ line: 2, username: 'erin', displayName: 'Erin', email: null, cardNumbers: [directory] }],
    false,
  );
  await removeCard(ctx, added.body, bob, bob);
  expect(await t.ownerOf(enrolled)).toBe('bob');
  expect(await t.ownerOf(directory)).toBe('erin');

  const everything = seen.join('\n');
  for (const number of [...numbers, '9988776655443322']) {
    expect(everything).not.toContain(number);
    expect(everything).not.toContain(number.slice(0, -4));
  }
  expect(everything).toContain(await t.hashOf(enrolled));
});
