import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person at the test's identity provider: the claims its ID token and UserInfo answer carry. */
export type TestAccount = Readonly<Record<string, unknown>>;

export interface TestClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: readonly string[];
}

/**
 * A real OpenID provider (oidc-provider, certified) on a free loopback port, for the service journeys. Its
 * port is known before it is configured (`issuer`), so a service can be started against it first and its
 * callback URLs registered as the client's afterwards (`configure`). Sign-in is its development login form:
 * any login name, any password; `accounts` gives a name its claims (`sub` is the name).
 */
export async function startTestProvider(options: { readonly hostName?: 'localhost' | '127.0.0.1' } = {}) {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    // A browser asks every host for its icon; an empty answer keeps a 404 out of its console.
    if (req.url === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
    } else if (handler === null) {
      res.statusCode = 503;
      res.end('not configured yet');
    } else handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  // `localhost` makes it another site than a service on 127.0.0.1, as a real provider is (a browser then
  // applies SameSite to the way back); it still listens on the loopback address only.
  const issuer = `http://${options.hostName ?? '127.0.0.1'}:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    configure(client: TestClient, accounts: Readonly<Record<string, TestAccount>>) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: client.clientId,
            client_secret: client.clientSecret,
            redirect_uris: [...client.redirectUris],
            grant_types: ['authorization_code'],
            response_types: ['code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        pkce: { required: () => true },
        // Lifetimes of the provider's own records, in seconds (set, so it does not log a notice for each).
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        claims: {
          openid: ['sub'],
          profile: ['name', 'preferred_username', 'upn'],
          email: ['email', 'email_verified'],
        },
        cookies: { keys: ['journey-cookie-key-not-a-secret'] },
        features: { devInteractions: { enabled: true } },
        // Skips the consent screen: the service is a first-party client (oidc-provider's documented recipe).
        async loadExistingGrant(ctx) {
          const grantId =
            ctx.oidc.result?.consent?.grantId ??
            ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
          if (grantId) return ctx.oidc.provider.Grant.find(grantId);
          const grant = new ctx.oidc.provider.Grant({
            clientId: ctx.oidc.client?.clientId ?? '',
            accountId: ctx.oidc.session?.accountId ?? '',
          });
          grant.addOIDCScope('openid profile email');
          await grant.save();
          return grant;
        },
        async findAccount(_ctx, id) {
          return { accountId: id, claims: async () => ({ sub: id, ...(accounts[id] ?? {}) }) };
        },
      });
      handler = provider.callback();
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type TestProvider = Awaited<ReturnType<typeof startTestProvider>>;
