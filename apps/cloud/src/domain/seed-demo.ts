import type { TenantSeed } from '@cardenroll/cloud-mock';
import { insertCard } from '../store/cards';
import { saveSetting } from '../store/settings-store';
import { insertTerminal } from '../store/terminals';
import { insertUser } from '../store/users';
import { usernameKey } from './account-name';
import { newId, tokenHash } from './secret-token';
import { inWriteTransaction, type ServiceContext } from './service-context';

/** The portal administrator of the demo tenant (README and docs/cloud.md list the login). */
export const demoAdmin = {
  username: 'admin',
  password: 'admin-demo-pass',
  displayName: 'Portal Administrator',
};
export const demoTerminal = { id: 't_demo', name: 'Demo panel' };
export const demoEmailDomain = 'demo.example';
/** Seeded OTPs stay valid for a year: the demo tenant may sit unused for months before someone tries one. */
const seededOtpTtlMs = 365 * 24 * 60 * 60_000;

/**
 * Fills an empty data file with the demo tenant of the mock (`seed`, one source of truth) plus a portal
 * administrator. Hashing runs first; the insert re-checks emptiness under the write lock, so two processes
 * starting on one new file seed it once. True when this call seeded.
 */
export async function seedDemoTenant(ctx: ServiceContext, seed: TenantSeed): Promise<boolean> {
  const isEmpty = () =>
    ctx.db.prepare('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM terminals)').pluck().get() ===
    0;
  if (!isEmpty()) return false;
  const people = [
    ...seed.users.map((user) => ({ ...user, role: 'user' as const })),
    { ...demoAdmin, cards: [], oneTimePasswords: [], role: 'admin' as const },
  ];
  const hashed = await Promise.all(
    people.map(async (person) => ({
      person,
      passwordHash: await ctx.hasher.hash(person.password),
      otpHashes: await Promise.all((person.oneTimePasswords ?? []).map((otp) => ctx.hasher.hash(otp))),
    })),
  );
  return inWriteTransaction(ctx, () => {
    if (!isEmpty()) return false;
    const now = ctx.now();
    const { db } = ctx;
    insertTerminal(db, { ...demoTerminal, keyHash: tokenHash(seed.terminalKey), createdAt: now });
    saveSetting(db, 'enrollmentEnabled', seed.enrollmentEnabled);
    saveSetting(db, 'accountDomains', ['DEMO', demoEmailDomain]);
    saveSetting(db, 'lockoutAfterFailures', seed.policy.lockoutAfterFailures);
    saveSetting(db, 'lockoutMs', seed.policy.lockoutMs);
    saveSetting(db, 'enrollmentTokenTtlMs', seed.policy.enrollmentTokenTtlMs);
    saveSetting(db, 'sessionTtlMs', seed.policy.sessionTtlMs);
    saveSetting(db, 'rateLimitFailures', seed.policy.rateLimitFailures);
    saveSetting(db, 'rateLimitWindowMs', seed.policy.rateLimitWindowMs);
    for (const { person, passwordHash, otpHashes } of hashed) {
      const id = newId('u');
      insertUser(db, {
        id,
        username: person.username,
        username_key: usernameKey(person.username),
        display_name: person.displayName,
        email: `${person.username}@${demoEmailDomain}`,
        role: person.role,
        password_hash: passwordHash,
        created_at: now,
      });
      for (const otpHash of otpHashes) {
        db.prepare('INSERT INTO otps (user_id, otp_hash, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
          id,
          otpHash,
          now,
          now + seededOtpTtlMs,
        );
      }
      for (const number of person.cards) {
        insertCard(db, {
          id: newId('c'),
          number,
          user_id: id,
          source: 'directory',
          enrolled_at: now,
          terminal_id: null,
        });
      }
    }
    return true;
  });
}
