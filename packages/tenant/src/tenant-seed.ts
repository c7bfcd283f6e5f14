/** A user of a seeded tenant, with the secrets they can prove who they are with. */
export interface SeedUser {
  readonly username: string;
  readonly displayName: string;
  readonly password: string;
  /** One-time passwords; each works exactly once. */
  readonly oneTimePasswords?: readonly string[];
  /** Card numbers already registered to this user (seeded as directory cards). */
  readonly cards: readonly string[];
}

/** The tenant's rules; durations in milliseconds so tests can drive them with an injected clock. */
export interface TenantPolicy {
  /** Wrong secrets in a row that lock an account. */
  readonly lockoutAfterFailures: number;
  readonly lockoutMs: number;
  readonly enrollmentTokenTtlMs: number;
  /** How long a phone hand-over waits for a confirmation; the settings' default (5 minutes) when left out. */
  readonly handoverTtlMs?: number;
  readonly sessionTtlMs: number;
  /** Tenant-wide brake against guessing: this many failed enrolls within the window answer 429. */
  readonly rateLimitFailures: number;
  readonly rateLimitWindowMs: number;
}

/** Everything a fresh tenant starts from. */
export interface TenantSeed {
  /** The one terminal of a seeded tenant, with its key. */
  readonly terminal: { readonly id: string; readonly name: string };
  readonly terminalKey: string;
  /** Whether unknown cards may be enrolled at all (off: identify answers 403 enrollment_disabled). */
  readonly enrollmentEnabled: boolean;
  /** A panel setting, kept here so the simulator and README take it from the same place. */
  readonly enrollmentPrompt: boolean;
  /** Domains whose `DOMAIN\user` and `user@domain` forms mean the plain username. */
  readonly accountDomains: readonly string[];
  /** Users get `<username>@<emailDomain>` as their e-mail. */
  readonly emailDomain: string;
  readonly users: readonly SeedUser[];
  /** The portal administrator; a seed without one makes a tenant nobody can manage in the portal. */
  readonly administrator?: SeedUser;
  readonly policy: TenantPolicy;
}
