import { usernameKey } from './account-name';
import { protectCardNumber } from './card-number';
import type { TenantContext } from './tenant-context';
import type { TenantSeed } from './tenant-seed';

/** Seeded OTPs stay valid for a year: the demo tenant may sit unused for months before someone tries one. */
const seededOtpTtlMs = 365 * 24 * 60 * 60_000;

/**
 * Fills an empty store with `seed`: its terminal, settings, users (with their OTPs and directory cards) and
 * administrator. Hashing runs first; the insert re-checks emptiness inside the transaction, so two
 * processes starting on one new store seed it once. True when this call seeded.
 */
export async function seedTenant(ctx: TenantContext, seed: TenantSeed): Promise<boolean> {
  const { store, secrets } = ctx;
  if ((await store.countUsers()) > 0) return false;
  const people = [
    ...seed.users.map((user) => ({ ...user, role: 'user' as const })),
    ...(seed.administrator ? [{ ...seed.administrator, role: 'admin' as const }] : []),
  ];
  const hashed = await Promise.all(
    people.map(async (person) => ({
      person,
      passwordHash: await secrets.hashPassword(person.password),
      otpHashes: await Promise.all((person.oneTimePasswords ?? []).map((otp) => secrets.hashPassword(otp))),
      cards: await Promise.all(person.cards.map((number) => protectCardNumber(secrets, number))),
    })),
  );
  const keyHash = await secrets.tokenHash(seed.terminalKey);
  return store.transaction(async (tx) => {
    if ((await tx.countUsers()) > 0 || (await tx.listTerminals()).length > 0) return false;
    const now = ctx.now();
    await tx.insertTerminal({ ...seed.terminal, keyHash, createdAt: now });
    await tx.saveSetting('enrollmentEnabled', seed.enrollmentEnabled);
    await tx.saveSetting('accountDomains', seed.accountDomains);
    const { policy } = seed;
    await tx.saveSetting('lockoutAfterFailures', policy.lockoutAfterFailures);
    await tx.saveSetting('lockoutMs', policy.lockoutMs);
    await tx.saveSetting('enrollmentTokenTtlMs', policy.enrollmentTokenTtlMs);
    await tx.saveSetting('sessionTtlMs', policy.sessionTtlMs);
    await tx.saveSetting('rateLimitFailures', policy.rateLimitFailures);
    await tx.saveSetting('rateLimitWindowMs', policy.rateLimitWindowMs);
    if (policy.handoverTtlMs !== undefined) await tx.saveSetting('handoverTtlMs', policy.handoverTtlMs);
    for (const { person, passwordHash, otpHashes, cards } of hashed) {
      const id = secrets.newId('u');
      await tx.insertUser({
        id,
        username: person.username,
        username_key: usernameKey(person.username),
        display_name: person.displayName,
        email: `${person.username}@${seed.emailDomain}`,
        role: person.role,
        password_hash: passwordHash,
        created_at: now,
      });
      for (const otpHash of otpHashes) await tx.insertOtp(id, otpHash, now, now + seededOtpTtlMs);
      for (const number of cards) {
        await tx.insertCard({
          id: secrets.newId('c'),
          number_hash: number.hash,
          number_tail: number.tail,
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
