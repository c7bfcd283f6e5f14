import {
  afterFailedAttempt,
  type OutboxMailRecord,
  type RetryPolicy,
  type TenantContext,
} from '@cardenroll/tenant';
import type { MailSealer } from './mail-seal';
import type { MailSender } from './mail-sender';

export interface OutboxWorkerOptions {
  readonly ctx: TenantContext;
  readonly sealer: MailSealer;
  readonly sender: MailSender;
  readonly retry: RetryPolicy;
  readonly log: (line: string) => void;
  /** How often it looks for due messages when nobody wakes it (another instance may have queued some). */
  readonly pollMs?: number;
  /** How long a claim lasts: a worker that died mid-send frees its message after this. */
  readonly claimMs?: number;
}

export interface OutboxWorker {
  /** Looks for due messages now (after a message was queued). */
  wake(): void;
  /** Sends every due message, then resolves (tests, `mail test`). */
  drain(): Promise<void>;
  /** Stops after the message in flight; the rest stays queued for the next start. */
  stop(): Promise<void>;
}

/** Settled messages are listed for the administrator for 7 days, then dropped. */
export const outboxKeepMs = 7 * 24 * 60 * 60_000;

/**
 * Delivers the outbox: claims one due message at a time (atomically, so several service instances share
 * one outbox), opens it, hands it to the SMTP server, and settles it: sent (the sealed message dropped),
 * to be retried after the backoff, or given up on. Sent and given-up messages are audited without the code.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { ctx, sealer, sender, retry, log } = options;
  const pollMs = options.pollMs ?? 5_000;
  const claimMs = options.claimMs ?? 2 * 60_000;
  let running = true;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();
  let again = false;

  async function deliver(mail: OutboxMailRecord): Promise<void> {
    const now = ctx.now();
    let error: string | null = null;
    if (mail.sealed_message === null) error = 'the message is gone';
    else if (mail.expires_at <= now)
      error = 'the one-time password expired before the message could be delivered';
    else {
      try {
        await sender.send(mail.recipient, sealer.open(mail.sealed_message));
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
      }
    }
    const at = ctx.now();
    const settlement =
      error === null
        ? ({ state: 'sent', at } as const)
        : mail.sealed_message === null || mail.expires_at <= now
          ? ({ state: 'failed', at, error } as const)
          : afterFailedAttempt(mail, at, error, retry);
    await ctx.store.transaction(async (tx) => {
      if (!(await tx.settleOutboxMail(mail.id, mail.attempts, settlement))) return;
      if (settlement.state === 'queued') return;
      await tx.recordAudit({
        at,
        kind: settlement.state === 'sent' ? 'otp_mail_sent' : 'otp_mail_failed',
        actor: null,
        subject: mail.username,
        detail:
          settlement.state === 'sent'
            ? `to ${mail.recipient}`
            : `to ${mail.recipient} after ${mail.attempts} attempt(s): ${settlement.error}`,
      });
    });
    if (settlement.state !== 'sent')
      log(`mail to ${mail.recipient} (message ${mail.id}), attempt ${mail.attempts}: ${settlement.error}`);
  }

  async function round(): Promise<void> {
    do {
      again = false;
      for (;;) {
        if (!running) return;
        const now = ctx.now();
        const mail = await ctx.store.claimOutboxMail(now, now + claimMs);
        if (mail === undefined) break;
        await deliver(mail);
      }
      await ctx.store.purgeOutbox(ctx.now() - outboxKeepMs);
    } while (again && running);
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    if (!running) return;
    timer = setTimeout(run, pollMs);
    timer.unref();
  }

  let busy = false;
  function run(): void {
    if (!running) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    current = round()
      .catch((failure: unknown) =>
        log(`mail outbox: ${failure instanceof Error ? failure.message : String(failure)}`),
      )
      .finally(() => {
        busy = false;
        schedule();
      });
  }

  run();
  return {
    wake: run,
    async drain() {
      await current;
      run();
      await current;
    },
    async stop() {
      running = false;
      if (timer !== null) clearTimeout(timer);
      await current;
      sender.close();
    },
  };
}
