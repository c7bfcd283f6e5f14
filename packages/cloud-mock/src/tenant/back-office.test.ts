import {
  demoCards,
  enroll,
  findCardOfNumber,
  identify,
  startHandover,
  type TerminalRecord,
  terminalOfKey,
} from '@cardenroll/tenant';
import { expect, it } from 'vitest';
import { createBackOffice } from './back-office';

const start = Date.parse('2030-01-01T08:00:00.000Z');

async function office() {
  let clock = start;
  const back = createBackOffice({ now: () => clock });
  await back.ready();
  const terminal = (await terminalOfKey(back.context, back.seed.terminalKey)) as TerminalRecord;
  const ticket = async (card: string) => {
    const answer = await identify(back.context, terminal, card);
    if (!answer.ok || answer.body.status !== 'unassigned') throw new Error('expected an unknown card');
    return answer.body.enrollment.token;
  };
  const handover = async (card: string) => {
    const answer = await startHandover(back.context, terminal, await ticket(card), 'http://x');
    if (!answer.ok) throw new Error('hand-over refused');
    return answer.body;
  };
  return { back, terminal, ticket, handover, advance: (ms: number) => (clock += ms) };
}

it('logs the cards registered at a panel, not those an administrator assigns', async () => {
  const { back, terminal, ticket } = await office();
  const [first = '', second = ''] = demoCards.unknown;
  const command = {
    idempotencyKey: 'k1',
    enrollmentToken: await ticket(first),
    username: 'alice',
    secret: 'alice-demo-pass',
  };
  expect((await enroll(back.context, terminal, command)).ok).toBe(true);
  expect(await back.assignCard(second, 'carol')).toBe(true);
  expect(back.registrations).toEqual([
    { cardTail: first.slice(-4), username: 'alice', at: new Date(start).toISOString() },
  ]);
  expect(await back.assignCard(second, 'alice')).toBe(false);
  expect(await back.assignCard('ABCDEF12', 'mallory')).toBe(false);
});

it('lists waiting hand-overs newest first, and tells every way a decision can go', async () => {
  const { back, handover, advance } = await office();
  const [one = '', two = '', three = ''] = demoCards.unknown;
  const older = await handover(one);
  advance(1);
  const newer = await handover(two);
  expect(back.pendingHandovers().map((h) => h.userCode)).toEqual([newer.userCode, older.userCode]);
  expect(await back.confirmHandover(newer.userCode, 'mallory')).toBe('unknown_user');
  expect(await back.confirmHandover('ZZZ-ZZZ', 'alice')).toBe('not_pending');
  expect(await back.confirmHandover(newer.userCode, 'alice')).toBe('confirmed');
  expect(await back.denyHandover(newer.userCode, 'alice')).toBe('expired');
  expect(await back.denyHandover(older.userCode, 'bob')).toBe('denied');
  expect(back.pendingHandovers()).toEqual([]);
  const late = await handover(three);
  advance(5 * 60_000);
  expect(await back.confirmHandover(late.userCode, 'alice')).toBe('expired');
});

it('goes back to the seed on reset', async () => {
  const { back } = await office();
  await back.setEnrollmentEnabled(false);
  await back.assignCard('ABCDEF12', 'alice');
  await back.reset();
  expect((await back.context.store.loadSettings()).enrollmentEnabled).toBe(true);
  expect(await findCardOfNumber(back.context, 'ABCDEF12')).toBeUndefined();
});
