import { type ConfigPlace, configDirOf, configFile } from './config-file';
import { pollForTokens } from './poll-for-tokens';
import { clientId, ServiceUnreachable, serviceClient, UnexpectedAnswer } from './service-client';

export interface ClientIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Everything the client touches, so tests run it without a process, a network or a real clock. */
export interface ClientDeps extends ConfigPlace {
  readonly io: ClientIo;
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
}

export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;

const program = 'cardenroll-client';

export const usage = [
  `usage: ${program} <command> [--service URL]`,
  '',
  '  login [--service URL]  connect this computer to your card account (confirm in the portal)',
  '  otp                    print a fresh one-time password to type at a printer',
  '  logout                 end this computer’s sign-in on the service and forget it here',
  '  status                 say whether this computer is signed in, and to which service',
  '',
  'The service URL may also come from CARDENROLL_SERVICE. See docs/desktop-client.md.',
];

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The service's base URL as typed, checked: https (plain http only to this computer itself, since tokens
 * cross it), no user name or password, no query; without a trailing slash.
 */
export function serviceUrlOf(typed: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { problem: `${JSON.stringify(typed)} is not a URL, e.g. https://cards.example.org` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { problem: 'The service URL must start with https://' };
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname) && !url.hostname.startsWith('127.')) {
    return { problem: 'The service URL must use https:// (plain http only for a service on this computer).' };
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return { problem: 'The service URL must not hold a user name, password, query or fragment.' };
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The command's options: `--service URL` or `--service=URL`; anything else is a usage error. */
function optionsOf(args: readonly string[]): { service?: string } | { problem: string } {
  const options: { service?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const inline = /^--service=(.*)$/.exec(arg);
    if (inline) options.service = inline[1] ?? '';
    else if (arg === '--service' && args[i + 1] !== undefined) options.service = args[++i] ?? '';
    else return { problem: `unknown or incomplete option ${JSON.stringify(arg)}` };
  }
  return options;
}

const notLoggedIn = (io: ClientIo) => {
  io.err(`Not logged in. Run: ${program} login --service https://<your card service>`);
  return exitCode.failed;
};

const signInEnded = (io: ClientIo) => {
  io.err(
    'Your sign-in is no longer valid: it was revoked (logout, or in the portal) or it expired. ' +
      `Run ${program} login again.`,
  );
  return exitCode.failed;
};

/** The whole client as a function of its arguments (without `node` and the script), answering the exit code. */
export async function runClient(argv: readonly string[], deps: ClientDeps): Promise<number> {
  const { io } = deps;
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    for (const line of usage) (command === undefined ? io.err : io.out)(line);
    return command === undefined ? exitCode.usage : exitCode.ok;
  }
  const options = optionsOf(args);
  if ('problem' in options) {
    io.err(`${program}: ${options.problem}`);
    return exitCode.usage;
  }
  const file = configFile(configDirOf(deps));
  try {
    switch (command) {
      case 'login':
        return await login(deps, file, options.service ?? deps.env.CARDENROLL_SERVICE);
      case 'otp':
        return await otp(deps, file);
      case 'logout':
        return await logout(deps, file);
      case 'status':
        return await status(deps, file);
      default:
        io.err(`${program}: unknown command ${JSON.stringify(command)}`);
        for (const line of usage) io.err(line);
        return exitCode.usage;
    }
  } catch (error) {
    if (error instanceof ServiceUnreachable) {
      io.err(
        `Cannot reach the card service at ${error.service} (${error.reason}). ` +
          'Check the address and your network, then try again.',
      );
      return exitCode.failed;
    }
    if (error instanceof UnexpectedAnswer) {
      io.err(`${error.message}. Is the service URL right?`);
      return exitCode.failed;
    }
    throw error;
  }
}

type File = ReturnType<typeof configFile>;

async function readConfig(deps: ClientDeps, file: File) {
  const saved = await file.read();
  if (saved?.tightened) deps.io.err(`${file.path} could be read by others; it is owner-only now.`);
  return saved?.config ?? null;
}

async function login(deps: ClientDeps, file: File, typedService: string | undefined): Promise<number> {
  const { io } = deps;
  const previous = await readConfig(deps, file);
  const typed = typedService ?? previous?.service;
  if (typed === undefined) {
    io.err(`${program} login: say which card service: --service https://cards.example.org`);
    return exitCode.usage;
  }
  const service = serviceUrlOf(typed);
  if (typeof service !== 'string') {
    io.err(`${program} login: ${service.problem}`);
    return exitCode.usage;
  }
  const api = serviceClient(service, deps.fetch);
  const started = await api.authorize();
  if (!started.ok) {
    io.err(`The card service refused to start a sign-in: ${started.description || started.error}`);
    return exitCode.failed;
  }
  const grant = started.body;
  const minutes = Math.round(grant.expires_in / 60);
  io.out('To connect this computer to your card account:');
  io.out(`  1. Open ${grant.verification_uri}`);
  io.out(`  2. Sign in, and enter the code ${grant.user_code}`);
  if (grant.verification_uri_complete) io.out(`Or open ${grant.verification_uri_complete}`);
  io.out(`Waiting for you to confirm (the code works for ${minutes} minutes)…`);
  const outcome = await pollForTokens(
    { pollToken: api.pollToken, sleep: deps.sleep, now: deps.now },
    {
      deviceCode: grant.device_code,
      expiresInSeconds: grant.expires_in,
      ...(grant.interval === undefined ? {} : { intervalSeconds: grant.interval }),
    },
  );
  switch (outcome.kind) {
    case 'denied':
      io.err('The sign-in was denied in the portal. Nothing was saved.');
      return exitCode.failed;
    case 'expired':
      io.err(`The code expired before it was confirmed. Run ${program} login again.`);
      return exitCode.failed;
    case 'failed':
      io.err(`The card service refused the sign-in: ${outcome.description || outcome.error}`);
      return exitCode.failed;
    case 'tokens':
      break;
  }
  await file.write({
    service,
    clientId,
    refreshToken: outcome.tokens.refresh_token,
    connectedAt: new Date(deps.now()).toISOString(),
  });
  // The sign-in this one replaces ends on the service too, so no forgotten token stays alive.
  if (previous !== null) {
    await serviceClient(previous.service, deps.fetch)
      .revoke(previous.refreshToken)
      .catch(() => undefined);
  }
  io.out(`Logged in to ${service}. Run ${program} otp for a one-time password.`);
  return exitCode.ok;
}

async function otp(deps: ClientDeps, file: File): Promise<number> {
  const { io } = deps;
  return file.locked(async () => {
    const config = await readConfig(deps, file);
    if (config === null) return notLoggedIn(io);
    const api = serviceClient(config.service, deps.fetch);
    const refreshed = await api.refresh(config.refreshToken);
    if (!refreshed.ok) {
      if (refreshed.error !== 'invalid_grant') {
        io.err(`The card service refused: ${refreshed.description || refreshed.error}`);
        return exitCode.failed;
      }
      await file.remove();
      return signInEnded(io);
    }
    // The old refresh token is spent: the new one is saved before anything else can go wrong.
    await file.write({ ...config, refreshToken: refreshed.body.refresh_token });
    const issued = await api.otp(refreshed.body.access_token);
    if (!issued.ok) return issued.error === 'invalid_token' ? signInEnded(io) : exitCode.failed;
    const until = new Date(issued.body.expiresAt);
    io.out(`One-time password: ${issued.body.otp}`);
    io.out(
      `Valid until ${until.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })} ` +
        `(${issued.body.expiresAt}), for one sign-in at a printer. A new one replaces it.`,
    );
    return exitCode.ok;
  }, deps.sleep);
}

async function logout(deps: ClientDeps, file: File): Promise<number> {
  const { io } = deps;
  const config = await readConfig(deps, file);
  if (config === null) {
    io.out('Not logged in; nothing to do.');
    return exitCode.ok;
  }
  try {
    const revoked = await serviceClient(config.service, deps.fetch).revoke(config.refreshToken);
    if (!revoked.ok) {
      io.err(`The card service refused to revoke the sign-in: ${revoked.description || revoked.error}`);
      return exitCode.failed;
    }
  } catch (error) {
    if (!(error instanceof ServiceUnreachable)) throw error;
    // The token stays on disk: deleting it now would leave it alive on the service with nobody to end it.
    io.err(
      `Cannot reach the card service at ${config.service} (${error.reason}); the sign-in stays until ` +
        `${program} logout reaches it.`,
    );
    return exitCode.failed;
  }
  await file.remove();
  io.out(`Logged out: ${config.service} ended this computer’s sign-in, and its saved token is deleted.`);
  return exitCode.ok;
}

async function status(deps: ClientDeps, file: File): Promise<number> {
  const config = await readConfig(deps, file);
  if (config === null) return notLoggedIn(deps.io);
  deps.io.out(`Logged in to ${config.service} since ${config.connectedAt}.`);
  deps.io.out(`Sign-in kept in ${file.path} (owner-only).`);
  return exitCode.ok;
}
