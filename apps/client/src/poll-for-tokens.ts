import type { OAuthResult, Tokens } from './service-client';

/** What the poll loop needs from the world: the token request, a way to wait, and a clock (ms). */
export interface PollDeps {
  readonly pollToken: (deviceCode: string) => Promise<OAuthResult<Tokens>>;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

export type PollOutcome =
  | { readonly kind: 'tokens'; readonly tokens: Tokens }
  | { readonly kind: 'denied' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'failed'; readonly error: string; readonly description: string };

/**
 * Polls the token endpoint until the person decides or the code runs out (RFC 8628 §3.4–3.5): it waits
 * `interval` seconds (5 when the service names none) before each poll, adds 5 s on every `slow_down` and
 * keeps the longer interval from then on, and stops at the code's expiry without asking again.
 */
export async function pollForTokens(
  deps: PollDeps,
  grant: {
    readonly deviceCode: string;
    readonly intervalSeconds?: number;
    readonly expiresInSeconds: number;
  },
): Promise<PollOutcome> {
  let interval = grant.intervalSeconds ?? 5;
  const deadline = deps.now() + grant.expiresInSeconds * 1000;
  for (;;) {
    if (deps.now() + interval * 1000 > deadline) return { kind: 'expired' };
    await deps.sleep(interval * 1000);
    const answer = await deps.pollToken(grant.deviceCode);
    if (answer.ok) return { kind: 'tokens', tokens: answer.body };
    switch (answer.error) {
      case 'authorization_pending':
        break;
      case 'slow_down':
        interval += 5;
        break;
      case 'access_denied':
        return { kind: 'denied' };
      case 'expired_token':
        return { kind: 'expired' };
      default:
        return { kind: 'failed', error: answer.error, description: answer.description };
    }
  }
}
