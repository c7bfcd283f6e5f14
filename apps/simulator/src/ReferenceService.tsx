import { demoTenant } from '@cardenroll/cloud-mock';

/** The admin the reference service seeds; see docs/cloud.md. */
const administrator = { username: 'admin', password: 'admin-demo-pass' };

/**
 * The Tenant section when `npm start` runs the reference service: where its portal is and who can sign in.
 * Fault modes and counters belong to the mock tenant (`npm start -- --mock`).
 */
export function ReferenceService() {
  return (
    <fieldset class="control">
      <legend>Tenant</legend>
      <p>
        The reference service (apps/cloud), with its data in <code>.cloud-data/</code>. Cards registered here
        stay registered across restarts.
      </p>
      <p>
        <a href="/portal/" target="_blank" rel="noreferrer">
          Open the portal
        </a>{' '}
        to see a user's cards, remove one, or generate a one-time password.
      </p>
      <p>Demo sign-ins (panel and portal):</p>
      <ul class="control__list">
        {demoTenant.users.map((user) => (
          <li key={user.username}>
            <code>{user.username}</code> / <code>{user.password}</code>
          </li>
        ))}
        <li>
          <code>{administrator.username}</code> / <code>{administrator.password}</code> (administrator,
          portal)
        </li>
      </ul>
      <p class="control__hint">
        Fault modes and the request counters need the mock tenant: <code>npm start -- --mock</code>.
      </p>
    </fieldset>
  );
}
