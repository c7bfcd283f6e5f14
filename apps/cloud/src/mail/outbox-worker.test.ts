import { randomBytes } from 'node:crypto';
import {
  createMemoryStore,
  createWebSecrets,
  demoTenant,
  type MailMessage,
  queueOtpMail,
  seedTenant,
  type TenantContext,
} from '@cardenroll/tenant';
import { describe, expect, it } from 'vitest';
import { createMailSealer } from './mail-seal';
import type { MailSender } from './mail-sender';
import { createOutboxWorker } from './outbox-worker';

const start = Date.parse('2030-01-01T08:00:00Z');

async function outbox(send: (to: string, message: MailMessage) => Promise<void>) {
  const store = createMemoryStore();
  let now = start;
  const ctx: TenantContext = { store, now: () => now, secrets: createWebSecrets(1) };
  await seedTenant(ctx, demoTenant);
  const sealer = createMailSealer(randomBytes(32));
  const lines: string[] = [];
  const sender: MailSender = { send, close: () => undefined };
  const worker = createOutboxWorker({
    ctx,
    sealer,
    sender,
    retry: { maxAttempts: 3, firstDelayMs: 1000, maxDelayMs: 60_000 },
    log: (line) => lines.push(line),
    pollMs: 60_000,
  });
  const queue = async (username: string) => {
    const user = await store.findUserByKey(username);
    if (user === undefined) throw new Error(username);
    return queueOtpMail(ctx, { seal: sealer.seal, wake: () => undefined }, user, null, 'email', 'en');
  };
  const later = (ms: number) => {
    now += ms;
  };
  return { store, worker, queue, later, lines };
}

describe('the outbox worker', () => {
  it('sends a due message once, drops its content and audits it without the code', async () => {
    const sent: MailMessage[] = [];
    const t = await outbox(async (_to, message) => {
      sent.push(message);
    });
    await t.queue('bob');
    await t.worker.drain();
    expect(sent).toHaveLength(1);
    const code = /^\s+(\d+)$/m.exec(sent[0]?.text ?? '')?.[1] ?? 'none';
    expect((await t.store.listOutbox(5))[0]).toMatchObject({ state: 'sent', attempts: 1 });
    const audit = await t.store.listAudit(null, 5);
    expect(audit[0]).toMatchObject({ kind: 'otp_mail_sent', subject: 'bob', detail: 'to bob@demo.example' });
    expect(JSON.stringify(audit)).not.toContain(code);
    await t.worker.drain();
    expect(sent).toHaveLength(1);
    await t.worker.stop();
  });

  it('retries after the backoff and gives up after the last attempt, saying why', async () => {
    const t = await outbox(async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:587');
    });
    await t.queue('alice');
    await t.worker.drain();
    expect((await t.store.listOutbox(5))[0]).toMatchObject({
      state: 'queued',
      attempts: 1,
      next_attempt_at: start + 1000,
      last_error: 'connect ECONNREFUSED 127.0.0.1:587',
    });
    await t.worker.drain();
    expect((await t.store.listOutbox(5))[0]?.attempts).toBe(1);
    t.later(1000);
    await t.worker.drain();
    t.later(2000);
    await t.worker.drain();
    expect((await t.store.listOutbox(5))[0]).toMatchObject({ state: 'failed', attempts: 3 });
    expect((await t.store.listAudit(null, 1))[0]).toMatchObject({
      kind: 'otp_mail_failed',
      detail: 'to alice@demo.example after 3 attempt(s): connect ECONNREFUSED 127.0.0.1:587',
    });
    expect(t.lines).toHaveLength(3);
    await t.worker.stop();
  });

  it('gives up on a message whose code expired while it waited', async () => {
    const t = await outbox(async () => {
      throw new Error('should not be sent');
    });
    await t.queue('carol');
    t.later(25 * 60 * 60_000);
    await t.worker.drain();
    expect((await t.store.listOutbox(5))[0]).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await t.store.listOutbox(5))[0]?.last_error).toMatch(/expired before/);
    await t.worker.stop();
  });
});
