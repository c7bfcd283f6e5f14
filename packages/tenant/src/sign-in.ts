import { matchSecret, type SecretMatch, streakOf } from './credentials';
import { directoriesOf, directoryUser, ownedBy } from './identity-provider';
import { lockedUntil } from './lockout';
import type { TenantRecords, UserRecord } from './store-port';
import type { TenantContext } from './tenant-context';

/** A secret checked outside the write lock: the record it concerns and what matched, or no answer at all. */
export type SignInCheck =
  | { readonly kind: 'checked'; readonly user: UserRecord | undefined; readonly match: SecretMatch }
  /** A directory that may know the name could not be asked: not a wrong secret, and never counted as one. */
  | { readonly kind: 'unavailable' };

const none: SecretMatch = { kind: 'none' };

/**
 * Checks a typed name and secret against the provider that owns the name. A person has one record, and its
 * owner decides: a local user is checked over the store exactly as without directories (password, OTP,
 * the same hashing time either way); a directory user's OTP is checked here, their password by binding to
 * their directory; a name we have never seen is offered to the directories in their configured order,
 * the first that knows it deciding. A locked or disabled name and an empty secret never reach a directory:
 * no bind of ours counts against the person there, and an empty password would bind anonymously.
 */
export async function checkSignIn(
  ctx: TenantContext,
  typed: string,
  nameKey: string,
  secret: string,
  allowOtp: boolean,
): Promise<SignInCheck> {
  const { store } = ctx;
  const user = await store.findUserByKey(nameKey);
  const lock = await streakOf(store, nameKey);
  const directories = directoriesOf(ctx.providers);
  if (directories.length === 0 || (user !== undefined && ownedBy(user, null))) {
    return { kind: 'checked', user, match: await matchSecret(ctx, user, lock, secret, allowOtp) };
  }
  const refused: SignInCheck = { kind: 'checked', user, match: none };
  if (lockedUntil(lock, ctx.now()) !== null || (user !== undefined && user.disabled_at !== null))
    return refused;
  if (secret === '') return refused;
  // An OTP from the portal is ours to check, before the directory would count it as a wrong password.
  if (user !== undefined && allowOtp) {
    const otp = await matchSecret(ctx, user, lock, secret, true);
    if (otp.kind === 'otp') return { kind: 'checked', user, match: otp };
  }
  let unavailable = false;
  for (const provider of directories) {
    if (user !== undefined && !ownedBy(user, provider.id)) continue;
    const verdict = await provider.verify(typed, secret);
    switch (verdict.kind) {
      case 'ok':
        return {
          kind: 'checked',
          user,
          match: { kind: 'directory', providerId: provider.id, person: verdict.person },
        };
      case 'wrong':
        return refused;
      case 'unavailable':
        unavailable = true;
        break;
      case 'unknown':
        break;
      default:
        return verdict satisfies never;
    }
  }
  return unavailable ? { kind: 'unavailable' } : refused;
}

/**
 * Inside the attempt's transaction: the record a directory match signs in, found or created now (a
 * directory person's first sign-in). A name held by someone else is never taken over: the attempt then
 * counts as failed.
 */
export async function signInSubject(
  tx: TenantRecords,
  ctx: TenantContext,
  now: number,
  user: UserRecord | undefined,
  match: SecretMatch,
): Promise<{ readonly user: UserRecord | undefined; readonly match: SecretMatch }> {
  if (match.kind !== 'directory') return { user, match };
  const shadow = await directoryUser(tx, () => ctx.secrets.newId('u'), now, match.providerId, match.person);
  return shadow === undefined ? { user, match: none } : { user: shadow, match };
}
