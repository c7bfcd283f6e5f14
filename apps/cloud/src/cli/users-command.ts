import {
  createAccount,
  deleteAccount,
  isoAt,
  lockedUntil,
  setAccountDisabled,
  setPassword,
  streakOf,
  type TenantContext,
  type UserRecord,
  unlockAccount,
  usernameKey,
} from '@cardenroll/tenant';
import type { CloudEnvConfig } from '../config';
import { commonPasswordPolicy } from '../secrets/common-passwords';
import { type Output, withContext } from './commands';
import type { NewPasswordSource } from './password-prompt';

export const usersUsage =
  'users [add <username> [--admin] [--display-name <name>] [--email <address>] | passwd <username> | ' +
  'disable <username> | enable <username> | unlock <username> | delete <username> --yes]';

/** `--name value` options and the rest, in order. */
function optionsOf(args: readonly string[], valued: readonly string[]) {
  const options = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (valued.includes(arg)) {
      const value = args[++i];
      if (value === undefined) return null;
      options.set(arg, value);
    } else if (arg.startsWith('--')) options.set(arg, true);
    else rest.push(arg);
  }
  return { options, rest };
}

/**
 * `users …`: the command line's account management, with the portal's rules (password policy, never the
 * last administrator) and audit events whose actor is empty and whose detail says "command line".
 */
export async function usersCommand(
  config: CloudEnvConfig,
  args: readonly string[],
  output: Output,
  newPassword: NewPasswordSource,
): Promise<number> {
  const [action, ...tail] = args;
  const parsed = optionsOf(tail, ['--display-name', '--email']);
  const known = new Set(['--admin', '--display-name', '--email', '--yes']);
  if (parsed === null || [...parsed.options.keys()].some((name) => !known.has(name))) {
    output.err(usersUsage);
    return 2;
  }
  const { options, rest } = parsed;
  const username = rest[0];
  if (action === undefined) {
    return withContext(config, async (ctx) => {
      const now = ctx.now();
      for (const user of await ctx.store.searchUsers('', 10_000)) {
        const lock = lockedUntil(await streakOf(ctx.store, user.username_key), now);
        const notes = [
          user.role === 'admin' ? 'administrator' : '',
          user.disabled_at === null ? '' : 'disabled',
          lock === null ? '' : `locked until ${isoAt(lock)}`,
        ].filter((note) => note !== '');
        output.out(
          `${user.username}  ${user.display_name}${notes.length > 0 ? `  (${notes.join(', ')})` : ''}`,
        );
      }
      return 0;
    });
  }
  if (username === undefined || rest.length !== 1) {
    output.err(usersUsage);
    return 2;
  }
  if (action === 'delete' && options.get('--yes') !== true) {
    output.err(`This deletes ${username} and their cards. To go ahead: users delete ${username} --yes`);
    return 2;
  }

  const readPassword = async (): Promise<string | null> => {
    try {
      return await newPassword();
    } catch (error) {
      output.err((error as Error).message);
      return null;
    }
  };

  if (action === 'add') {
    const password = await readPassword();
    if (password === null) return 1;
    const displayName = options.get('--display-name');
    const email = options.get('--email');
    return withContext(config, async (ctx) => {
      const answer = await createAccount(ctx, commonPasswordPolicy, null, {
        username,
        displayName: typeof displayName === 'string' ? displayName : username,
        email: typeof email === 'string' ? email : null,
        role: options.get('--admin') === true ? 'admin' : 'user',
        password,
      });
      if (!answer.ok) {
        output.err(answer.problem.detail);
        return 1;
      }
      output.out(
        `User ${answer.body.username} created${answer.body.role === 'admin' ? ' (administrator)' : ''}.`,
      );
      return 0;
    });
  }

  const change = async (
    work: (ctx: TenantContext, user: UserRecord) => Promise<string | null>,
  ): Promise<number> =>
    withContext(config, async (ctx) => {
      const user = await ctx.store.findUserByKey(usernameKey(username));
      if (user === undefined) {
        output.err(`no user ${username}`);
        return 1;
      }
      const refusal = await work(ctx, user);
      if (refusal === null) return 0;
      output.err(refusal);
      return 1;
    });

  switch (action) {
    case 'passwd': {
      const password = await readPassword();
      if (password === null) return 1;
      return change(async (ctx, user) => {
        const answer = await setPassword(ctx, commonPasswordPolicy, user, null, password);
        if (!answer.ok) return answer.problem.detail;
        output.out(`Password of ${user.username} set; their portal sessions ended.`);
        return null;
      });
    }
    case 'disable':
    case 'enable':
      return change(async (ctx, user) => {
        const answer = await setAccountDisabled(ctx, user, null, action === 'disable');
        if (!answer.ok) return answer.problem.detail;
        output.out(`${user.username} ${action}d.`);
        return null;
      });
    case 'unlock':
      return change(async (ctx, user) => {
        await unlockAccount(ctx, user, null);
        output.out(`${user.username} unlocked.`);
        return null;
      });
    case 'delete':
      return change(async (ctx, user) => {
        const answer = await deleteAccount(ctx, user, null);
        if (!answer.ok) return answer.problem.detail;
        output.out(`${user.username} deleted with their cards.`);
        return null;
      });
    default:
      output.err(usersUsage);
      return 2;
  }
}
