import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { providerConfigSchema } from '../providers/provider-config';

/**
 * The service's config file: what an administrator sets once for an installation and keeps beside the data
 * (or wherever CLOUD_CONFIG points), as opposed to the tenant's settings, which live in the database and
 * change at run time. JSON, checked against this schema at start: an unknown key or a wrong value stops the
 * service with the path of what is wrong. Secrets in it are references (secret.ts), resolved at start.
 *
 * Sections are added by the features that need them (authentication providers, outgoing mail).
 */
export const serviceConfigSchema = v.strictObject({
  /** Free text for the administrator, ignored by the service (JSON has no comments). */
  $comment: v.optional(v.string()),
  providers: v.optional(v.array(providerConfigSchema)),
});
export type ServiceConfig = v.InferOutput<typeof serviceConfigSchema>;

/** The file's name inside the data directory, used when CLOUD_CONFIG is not set. */
export const serviceConfigFileName = 'cloud.config.json';

/** Where the config file is: CLOUD_CONFIG, else `cloud.config.json` in the data directory. */
export function serviceConfigPath(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CLOUD_CONFIG?.trim() || join(dataDir, serviceConfigFileName);
}

/** Parses a config file's text; the error names the file and each wrong field by its path. */
export function parseServiceConfig(text: string, path: string): ServiceConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = v.safeParse(serviceConfigSchema, json);
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => {
    const at = v.getDotPath(issue) ?? '(top level)';
    return `  ${at}: ${issue.message}`;
  });
  throw new Error(`${path} is not a valid service config:\n${lines.join('\n')}`);
}

/**
 * Reads the config file. A missing file at the default place is an empty config (a new installation needs
 * none); a missing file that CLOUD_CONFIG names is an error, since someone meant it to be there.
 */
export function loadServiceConfig(dataDir: string, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const path = serviceConfigPath(dataDir, env);
  if (!existsSync(path)) {
    if (env.CLOUD_CONFIG?.trim()) throw new Error(`CLOUD_CONFIG names ${path}, which does not exist`);
    return {};
  }
  return parseServiceConfig(readFileSync(path, 'utf8'), path);
}
