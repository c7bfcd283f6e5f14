import {
  type AddCardRequest,
  AddedTerminal,
  type AddTerminalRequest,
  AuditPage,
  Card,
  CardList,
  type ChangePasswordRequest,
  ConnectedClients,
  type CreateUserRequest,
  DeviceGrantView,
  type EditUserRequest,
  HandoverView,
  IssuedOtp,
  type IssueOtpRequest,
  OneTimePassword,
  type OtpDelivery,
  type OtpMailRequest,
  OutgoingMailStatus,
  type OwnSession,
  OwnSessionList,
  PortalSession,
  ProviderList,
  ProviderProbe,
  type ProviderTestRequest,
  QueuedOtpMail,
  SessionCheck,
  type SetPasswordRequest,
  SignInProviders,
  type SignInRequest,
  TerminalList,
  type TerminalSummary,
  UserCards,
  UserList,
  UserSummary,
} from '@cardenroll/contract';
import * as v from 'valibot';
import { isPortalError, PortalError } from './portal-error';
import { type FetchLike, type PortalRequest, sendPortalRequest } from './portal-request';

export interface PortalClientOptions {
  /** Where the JSON API lives, e.g. `/portal/api`. */
  readonly apiBase: string;
  readonly fetch?: FetchLike;
  /**
   * Called when a call of a signed-in page finds the session gone (expired, signed out elsewhere).
   * Not called for the session check and the sign-in, which expect to be signed out.
   */
  readonly onSessionEnded?: () => void;
}

/** The portal's JSON API (docs/portal-api.md) as typed calls; every failure throws a PortalError. */
export interface PortalClient {
  /** The current session, from the cookie; null when nobody is signed in. */
  session(): Promise<PortalSession | null>;
  signIn(username: string, password: string): Promise<PortalSession>;
  signOut(): Promise<void>;
  /** The identity providers the sign-in page offers buttons for; none when the service has none. */
  signInProviders(): Promise<SignInProviders['providers']>;
  /** Whether the service sends e-mail, as the last session check or sign-in said. */
  sendsMail(): boolean;
  /** "I can't sign in at the printer": asks for a one-time password by e-mail (no session needed). */
  requestOtpMail(login: string): Promise<void>;
  sendUserOtpMail(userId: string): Promise<QueuedOtpMail>;
  outgoingMail(): Promise<OutgoingMailStatus>;
  myCards(): Promise<readonly Card[]>;
  removeMyCard(cardId: string): Promise<void>;
  issueMyOtp(): Promise<OneTimePassword>;
  searchUsers(query: string): Promise<readonly UserSummary[]>;
  userCards(userId: string): Promise<UserCards>;
  addUserCard(userId: string, cardNumber: string): Promise<Card>;
  removeUserCard(userId: string, cardId: string): Promise<void>;
  issueUserOtp(userId: string, delivery: OtpDelivery): Promise<IssuedOtp>;
  unlockUser(userId: string): Promise<void>;
  createUser(account: CreateUserRequest): Promise<UserSummary>;
  editUser(userId: string, changes: EditUserRequest): Promise<UserSummary>;
  setUserDisabled(userId: string, disabled: boolean): Promise<UserSummary>;
  deleteUser(userId: string): Promise<void>;
  setUserPassword(userId: string, password: string): Promise<void>;
  changeMyPassword(currentPassword: string, newPassword: string): Promise<void>;
  mySessions(): Promise<readonly OwnSession[]>;
  /** Ends every session of the person, this one included: the page is signed out afterwards. */
  signOutEverywhere(): Promise<void>;
  terminals(): Promise<readonly TerminalSummary[]>;
  addTerminal(name: string): Promise<AddedTerminal>;
  revokeTerminal(terminalId: string): Promise<void>;
  audit(page?: { readonly before?: string; readonly limit?: number }): Promise<AuditPage>;
  handover(userCode: string): Promise<HandoverView>;
  confirmHandover(userCode: string): Promise<void>;
  denyHandover(userCode: string): Promise<void>;
  /** A desktop client waiting with this user code (docs/oauth-device.md). */
  deviceGrant(userCode: string): Promise<DeviceGrantView>;
  approveDevice(userCode: string): Promise<void>;
  denyDevice(userCode: string): Promise<void>;
  myClients(): Promise<ConnectedClients['clients']>;
  disconnectMyClient(clientId: string): Promise<void>;
  userClients(userId: string): Promise<ConnectedClients['clients']>;
  disconnectUserClient(userId: string, clientId: string): Promise<void>;
  /** The authentication providers, in the order they are tried (administrators). */
  providers(): Promise<ProviderList>;
  /** The Test action of one provider: reachability, and a lookup of `username` when given. */
  testProvider(providerId: string, username: string): Promise<ProviderProbe>;
}

const segment = encodeURIComponent;

/**
 * A client holding the session's CSRF token: it learns the token from the sign-in and the session
 * check, sends it on every change, and forgets it when the session ends.
 */
export function createPortalClient(options: PortalClientOptions): PortalClient {
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let csrfToken: string | undefined;
  let mail = false;

  async function call(request: Omit<PortalRequest, 'csrfToken'>, expectsSession = true): Promise<unknown> {
    try {
      return await sendPortalRequest(fetchImpl, options.apiBase, { ...request, csrfToken });
    } catch (error) {
      if (isPortalError(error) && error.failure.kind === 'not_signed_in') {
        csrfToken = undefined;
        if (expectsSession) options.onSessionEnded?.();
      }
      throw error;
    }
  }

  /**
   * Reads an answer with its schema from the contract, or fails as `malformed_response`: a page never
   * reads a field that is not there, and an answer from something other than the service (a captive
   * portal, a proxy's HTML) fails cleanly.
   */
  async function answer<Schema extends v.GenericSchema>(
    request: Omit<PortalRequest, 'csrfToken'>,
    schema: Schema,
    expectsSession = true,
  ): Promise<v.InferOutput<Schema>> {
    const body = await call(request, expectsSession);
    const read = v.safeParse(schema, body);
    if (!read.success) throw new PortalError({ kind: 'malformed_response' }, { cause: body });
    return read.output;
  }

  async function startSession(request: Omit<PortalRequest, 'csrfToken'>): Promise<PortalSession> {
    const session = await answer(request, PortalSession, false);
    csrfToken = session.csrfToken;
    mail = session.mail === true;
    return session;
  }

  async function change(request: Omit<PortalRequest, 'csrfToken'>): Promise<void> {
    await call(request);
  }

  return {
    session: async () => {
      const check = await answer({ method: 'GET', path: '/session' }, SessionCheck, false);
      mail = check.mail === true;
      const current = 'csrfToken' in check ? check : null;
      csrfToken = current?.csrfToken;
      return current;
    },
    signIn: (username, password) =>
      startSession({
        method: 'POST',
        path: '/session',
        body: { username, password } satisfies SignInRequest,
      }),
    signOut: async () => {
      try {
        await call({ method: 'DELETE', path: '/session' }, false);
      } finally {
        csrfToken = undefined;
      }
    },
    signInProviders: () =>
      answer({ method: 'GET', path: '/sign-in-providers' }, SignInProviders, false).then(
        (list) => list.providers,
      ),
    sendsMail: () => mail,
    requestOtpMail: (login) =>
      call({ method: 'POST', path: '/otp-request', body: { login } satisfies OtpMailRequest }, false).then(
        () => undefined,
      ),
    sendUserOtpMail: (userId) =>
      answer(
        {
          method: 'POST',
          path: `/users/${segment(userId)}/otp`,
          body: { delivery: 'email' } satisfies IssueOtpRequest,
        },
        QueuedOtpMail,
      ),
    outgoingMail: () => answer({ method: 'GET', path: '/mail/outbox' }, OutgoingMailStatus),
    myCards: () => answer({ method: 'GET', path: '/me/cards' }, CardList).then((list) => list.cards),
    removeMyCard: (cardId) => change({ method: 'DELETE', path: `/me/cards/${segment(cardId)}` }),
    issueMyOtp: () => answer({ method: 'POST', path: '/me/otp' }, OneTimePassword),
    searchUsers: (query) =>
      answer({ method: 'GET', path: `/users?${new URLSearchParams({ query })}` }, UserList).then(
        (list) => list.users,
      ),
    userCards: (userId) => answer({ method: 'GET', path: `/users/${segment(userId)}/cards` }, UserCards),
    addUserCard: (userId, cardNumber) =>
      answer(
        {
          method: 'POST',
          path: `/users/${segment(userId)}/cards`,
          body: { cardNumber } satisfies AddCardRequest,
        },
        Card,
      ),
    removeUserCard: (userId, cardId) =>
      change({ method: 'DELETE', path: `/users/${segment(userId)}/cards/${segment(cardId)}` }),
    issueUserOtp: (userId, delivery) =>
      answer(
        {
          method: 'POST',
          path: `/users/${segment(userId)}/otp`,
          body: { delivery } satisfies IssueOtpRequest,
        },
        IssuedOtp,
      ),
    unlockUser: (userId) => change({ method: 'POST', path: `/users/${segment(userId)}/unlock` }),
    createUser: (account) =>
      answer({ method: 'POST', path: '/users', body: account satisfies CreateUserRequest }, UserSummary),
    editUser: (userId, changes) =>
      answer(
        { method: 'PATCH', path: `/users/${segment(userId)}`, body: changes satisfies EditUserRequest },
        UserSummary,
      ),
    setUserDisabled: (userId, disabled) =>
      answer(
        { method: 'POST', path: `/users/${segment(userId)}/${disabled ? 'disable' : 'enable'}` },
        UserSummary,
      ),
    deleteUser: (userId) => change({ method: 'DELETE', path: `/users/${segment(userId)}` }),
    setUserPassword: (userId, password) =>
      change({
        method: 'POST',
        path: `/users/${segment(userId)}/password`,
        body: { password } satisfies SetPasswordRequest,
      }),
    changeMyPassword: (currentPassword, newPassword) =>
      change({
        method: 'POST',
        path: '/me/password',
        body: { currentPassword, newPassword } satisfies ChangePasswordRequest,
      }),
    mySessions: () =>
      answer({ method: 'GET', path: '/me/sessions' }, OwnSessionList).then((list) => list.sessions),
    signOutEverywhere: async () => {
      try {
        await call({ method: 'DELETE', path: '/me/sessions' });
      } finally {
        csrfToken = undefined;
      }
    },
    terminals: () =>
      answer({ method: 'GET', path: '/terminals' }, TerminalList).then((list) => list.terminals),
    addTerminal: (name) =>
      answer(
        { method: 'POST', path: '/terminals', body: { name } satisfies AddTerminalRequest },
        AddedTerminal,
      ),
    revokeTerminal: (terminalId) =>
      change({ method: 'POST', path: `/terminals/${segment(terminalId)}/revoke` }),
    audit: (page = {}) => {
      const params = new URLSearchParams();
      if (page.before !== undefined) params.set('before', page.before);
      if (page.limit !== undefined) params.set('limit', String(page.limit));
      const query = params.toString() === '' ? '' : `?${params}`;
      return answer({ method: 'GET', path: `/audit${query}` }, AuditPage);
    },
    handover: (userCode) => answer({ method: 'GET', path: `/handover/${segment(userCode)}` }, HandoverView),
    confirmHandover: (userCode) => change({ method: 'POST', path: `/handover/${segment(userCode)}/confirm` }),
    denyHandover: (userCode) => change({ method: 'POST', path: `/handover/${segment(userCode)}/deny` }),
    deviceGrant: (userCode) =>
      answer({ method: 'GET', path: `/device/${segment(userCode)}` }, DeviceGrantView),
    approveDevice: (userCode) => change({ method: 'POST', path: `/device/${segment(userCode)}/approve` }),
    denyDevice: (userCode) => change({ method: 'POST', path: `/device/${segment(userCode)}/deny` }),
    myClients: async () => (await answer({ method: 'GET', path: '/me/clients' }, ConnectedClients)).clients,
    disconnectMyClient: (clientId) => change({ method: 'DELETE', path: `/me/clients/${segment(clientId)}` }),
    userClients: async (userId) =>
      (await answer({ method: 'GET', path: `/users/${segment(userId)}/clients` }, ConnectedClients)).clients,
    disconnectUserClient: (userId, clientId) =>
      change({ method: 'DELETE', path: `/users/${segment(userId)}/clients/${segment(clientId)}` }),
    providers: () => answer({ method: 'GET', path: '/providers' }, ProviderList),
    testProvider: (providerId, username) =>
      answer(
        {
          method: 'POST',
          path: `/providers/${segment(providerId)}/test`,
          body: (username.trim() === '' ? {} : { username }) satisfies ProviderTestRequest,
        },
        ProviderProbe,
      ),
  };
}
