import type { HandoverDecision, PendingHandover } from '@cardenroll/cloud-mock';
import type { BrowserMockTenant } from '@cardenroll/cloud-mock/browser';
import { maskCardNumber } from '@cardenroll/core';
import { useEffect, useState } from 'preact/hooks';

const decisionText: Record<HandoverDecision, string> = {
  confirmed: 'Confirmed on the phone',
  denied: 'Denied on the phone',
  not_pending: 'No hand-over has that code',
  expired: 'That hand-over has expired or was already decided',
  unknown_user: 'No such user',
  card_already_assigned: 'The card belongs to someone else now',
  card_limit_reached: 'That user holds as many cards as allowed',
};

/**
 * The person's phone in a phone hand-over, for the mock tenant: confirms or denies the newest waiting
 * hand-over as a demo user, as the portal would after a scan (the reference service has the real portal).
 */
export function PhoneHandover({ tenant }: { readonly tenant: BrowserMockTenant }) {
  const users = tenant.office.seed.users;
  const [username, setUsername] = useState(users[0]?.username ?? '');
  const [pending, setPending] = useState<PendingHandover | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  // A hand-over opens (and expires) through the panel's requests: look again after each answer.
  useEffect(() => {
    const update = () => setPending(tenant.office.pendingHandovers()[0] ?? null);
    update();
    tenant.worker.events.on('response:mocked', update);
    return () => tenant.worker.events.removeListener('response:mocked', update);
  }, [tenant]);

  const decide = async (decision: (code: string) => Promise<HandoverDecision>) => {
    if (!pending) return;
    setOutcome(decisionText[await decision(pending.userCode)]);
    setPending(tenant.office.pendingHandovers()[0] ?? null);
  };

  return (
    <div>
      <label>
        Phone hand-over: confirm as
        <select value={username} onChange={(event) => setUsername(event.currentTarget.value)}>
          {users.map((user) => (
            <option key={user.username} value={user.username}>
              {user.displayName} ({user.username})
            </option>
          ))}
        </select>
      </label>
      <p class="control__status" role="status" aria-label="Phone hand-over">
        {pending
          ? `Code ${pending.userCode} for card ${maskCardNumber(pending.cardTail)} is waiting`
          : (outcome ?? 'No hand-over is waiting')}
      </p>
      <div class="control__buttons">
        <button
          type="button"
          disabled={!pending}
          onClick={() => decide((code) => tenant.office.confirmHandover(code, username))}
        >
          Confirm on the phone
        </button>
        <button
          type="button"
          class="control__secondary"
          disabled={!pending}
          onClick={() => decide((code) => tenant.office.denyHandover(code, username))}
        >
          Deny on the phone
        </button>
      </div>
    </div>
  );
}
