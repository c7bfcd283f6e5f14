import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/**
 * A secret from the service's config file (a bind password, a client secret, an SMTP password). It never
 * prints itself: String(), JSON and util.inspect all give "[secret]", so a logged config or error message
 * cannot carry it. `reveal()` is for the one call that sends it to its server.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return '[secret]';
  }
  toJSON(): string {
    return '[secret]';
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[secret]';
  }
}

/**
 * How the config file names a secret: `{ "env": "LDAP_BIND_PASSWORD" }` (the usual way), `{ "file":
 * "/run/secrets/ldap" }` (a container's secret file; one trailing newline dropped), or the text itself
 * (only for a config file kept as private as the secret).
 */
export const secretReference = v.union([
  v.pipe(v.string(), v.minLength(1, 'a secret must not be empty')),
  v.strictObject({ env: v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'not a variable name')) }),
  v.strictObject({ file: v.pipe(v.string(), v.minLength(1)) }),
]);
export type SecretReference = v.InferOutput<typeof secretReference>;

/** Resolves a reference; the error names the variable or file that is missing, never a value. */
export function resolveSecret(
  reference: SecretReference,
  where: string,
  env: NodeJS.ProcessEnv = process.env,
): Secret {
  if (typeof reference === 'string') return new Secret(reference);
  if ('env' in reference) {
    const value = env[reference.env];
    if (value === undefined || value === '')
      throw new Error(`${where}: the environment variable ${reference.env} is not set`);
    return new Secret(value);
  }
  let text: string;
  try {
    text = readFileSync(reference.file, 'utf8');
  } catch {
    throw new Error(`${where}: cannot read the secret file ${reference.file}`);
  }
  const value = text.replace(/\r?\n$/, '');
  if (value === '') throw new Error(`${where}: the secret file ${reference.file} is empty`);
  return new Secret(value);
}
