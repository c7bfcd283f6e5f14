import { existsSync, readFileSync, rmSync } from 'node:fs';
import {
  addTerminal,
  demoTenant,
  importDirectory,
  isSettingName,
  isValidSetting,
  listTerminals,
  mailImportedUsers,
  seedTenant,
  type TenantContext,
  withdrawTerminal,
} from '@cardenroll/tenant';
import type { CloudEnvConfig } from '../config';
import { copyToPostgres } from '../db/copy-to-postgres';
import { dataFileIn, forgetCardsOfLostKey, openDatabase } from '../db/open-database';
import { openPostgres, redactedUrl } from '../db/open-postgres';
import { openStore } from '../db/open-store';
import { readDirectoryFile } from '../directory/directory-file';
import { startCloud } from '../index';
import { mailSettingsOf, startOutgoingMail } from '../mail/outgoing-mail';
import { installationKey, installationKeyFile } from '../secrets/installation-key';
import { createNodeSecrets } from '../secrets/node-secrets';
import { loadServiceConfig } from '../service-config/service-config';

/** Where a command writes; tests pass their own. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const usage = `Usage: npm run cloud -- <command>

  serve [--demo]            run the service (the default). A new data file stays empty: create the first
                            administrator with \`users add <name> --admin\`. --demo (or CLOUD_DEMO=1) seeds
                            the demo tenant instead, with its public passwords: for trying it out only.
                            Environment: CLOUD_PORT (8787), CLOUD_HOST (127.0.0.1),
                              CLOUD_DATA_DIR (<repo>/.cloud-data), CLOUD_PUBLIC_URL (the https URL behind a
                              proxy, for links and QR codes), CLOUD_SECRET_KEY (the installation's key),
                              CLOUD_CONFIG (the config file: identity providers; <data>/cloud.config.json)
                              DATABASE_URL (postgres://…: PostgreSQL instead of the data file; several
                              instances share it), DATABASE_POOL_SIZE (10 connections per instance)
  import <file.csv> [--dry-run]
                            make the directory's users and their directory cards true (see docs/cloud.md)
  settings [name=value ...] show the tenant settings, or change some (values are JSON: true, 5, ["CORP"])
  terminals [add <name> | revoke <id>]
                            list the terminals, register one (prints its key once) or revoke one
  admin create <username>   the first administrator (= users add <username> --admin)
  users [add <username> [--admin] [--display-name <name>] [--email <address>]
        | passwd <username> | disable <username> | enable <username> | unlock <username>
        | delete <username> --yes]
                            list or manage local users; a password is asked twice on a terminal (not
                            shown), or read as one line from standard input; never from the arguments
  mail test <address>       send a test message through the config file's mail server (docs/one-time-passwords.md)
  migrate-to-postgres       copy the data file (CLOUD_DATA_DIR) into the EMPTY PostgreSQL database of
                            DATABASE_URL, all or nothing; CLOUD_SECRET_KEY must be the data file's key
  reset --yes               delete the data file (a --demo start seeds the demo tenant again)
  forget-cards --yes        the installation key is lost for good: forget every card (kept as hashes under
                            it) and record the present key, so the service starts; cards are enrolled again
  --help                    this text
`;

export async function withContext<T>(
  config: CloudEnvConfig,
  work: (ctx: TenantContext) => Promise<T>,
): Promise<T> {
  const opened = await openStore(config);
  try {
    const ctx: TenantContext = {
      store: opened.store,
      now: Date.now,
      secrets: createNodeSecrets(config.scryptLogN, opened.key),
    };
    // Only a demo installation is seeded, by any command that comes first; a real one starts empty.
    if (config.demo) await seedTenant(ctx, demoTenant);
    return await work(ctx);
  } finally {
    await opened.close();
  }
}

export async function serveCommand(config: CloudEnvConfig, output: Output): Promise<() => Promise<void>> {
  const cloud = await startCloud({
    dataDir: config.dataDir,
    port: config.port,
    host: config.host,
    publicUrl: config.publicUrl,
    allowedHosts: config.allowedHosts,
    scryptLogN: config.scryptLogN,
    demo: config.demo,
    secretKey: config.secretKey,
    serviceConfig: loadServiceConfig(config.dataDir),
    databaseUrl: config.databaseUrl,
    poolSize: config.poolSize,
    benchFloor: process.env.CLOUD_BENCH_FLOOR === '1',
    log: output.out,
  });
  const base = config.publicUrl === null ? cloud.url : `${config.publicUrl}/`;
  output.out(`Card enrollment service on ${cloud.url} (data: ${cloud.where})`);
  output.out(`  terminal API: ${base}api/v1/`);
  output.out(`  portal:       ${base}portal/`);
  if (config.demo) {
    // Demo mode only: these are public, written in the README, and must never guard real data.
    const admin = demoTenant.administrator;
    output.out(
      `  DEMO TENANT (public passwords, for trying it out only): terminal key ${demoTenant.terminalKey};`,
    );
    output.out(`  logins ${admin.username} / ${admin.password} (administrator), alice / alice-demo-pass,`);
    output.out('         bob / bob-demo-pass (OTP 246810), carol / carol-demo-pass, dana / dana-demo-pass');
  }
  if (!(await cloud.context.store.hasAdministrator())) {
    output.out('  No administrator yet. Create one (asks for the password) with:');
    output.out('    npm run cloud -- admin create <username>');
  }
  if ((await cloud.context.store.listTerminals()).every((t) => t.revoked)) {
    output.out(
      '  No terminal yet. Register one (prints its key once) with: npm run cloud -- terminals add "<name>"',
    );
  }
  return cloud.close;
}

export async function importCommand(
  config: CloudEnvConfig,
  args: readonly string[],
  output: Output,
): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const files = args.filter((arg) => arg !== '--dry-run');
  if (files.length !== 1 || files[0] === undefined) {
    output.err('import needs exactly one CSV file');
    return 2;
  }
  let read: ReturnType<typeof readDirectoryFile>;
  try {
    read = readDirectoryFile(readFileSync(files[0], 'utf8'));
  } catch (error) {
    output.err(`${files[0]}: ${(error as Error).message}`);
    return 1;
  }
  const report = await withContext(config, async (ctx) => {
    const done = await importDirectory(ctx, read.entries, dryRun);
    if (!dryRun && done.created.length > 0) await mailNewUsers(config, ctx, done.created, output);
    return done;
  });
  for (const line of [...read.problems, ...report.skipped]) output.err(line);
  output.out(
    `${dryRun ? 'Dry run, nothing changed: would have' : 'Imported'} ${read.entries.length} users: ` +
      `${report.usersCreated} created, ${report.usersUpdated} updated; ` +
      `cards ${report.cardsAdded} added, ${report.cardsRemoved} removed, ${report.skipped.length} skipped; ` +
      `${read.problems.length} rows with problems.`,
  );
  return read.problems.length + report.skipped.length > 0 ? 3 : 0;
}

/**
 * `otpMailOnImport`: queues a first one-time password for each new user; the running service's outbox
 * worker delivers them (this command only seals and queues).
 */
async function mailNewUsers(
  config: CloudEnvConfig,
  ctx: TenantContext,
  userIds: readonly string[],
  output: Output,
): Promise<void> {
  if (!(await ctx.store.loadSettings()).otpMailOnImport) return;
  const settings = mailSettingsOf(config.dataDir);
  if (settings === null) {
    output.err(
      'otpMailOnImport is on, but no mail server is configured (the mail section): no e-mail queued.',
    );
    return;
  }
  const key = installationKey(config.dataDir, config.secretKey);
  const outbox = startOutgoingMail(ctx, key, settings, output.err, false);
  const queued = await mailImportedUsers(ctx, outbox, userIds);
  output.out(`Queued ${queued} e-mails with a first one-time password; the running service sends them.`);
}

export async function settingsCommand(
  config: CloudEnvConfig,
  args: readonly string[],
  output: Output,
): Promise<number> {
  return withContext(config, async (ctx) => {
    for (const arg of args) {
      const split = arg.indexOf('=');
      const name = arg.slice(0, split);
      let value: unknown;
      try {
        value = JSON.parse(arg.slice(split + 1));
      } catch {
        value = undefined;
      }
      if (split < 1 || !isSettingName(name) || !isValidSetting(name, value)) {
        output.err(`not a valid setting: ${arg}`);
        return 2;
      }
      await ctx.store.saveSetting(name, value as never);
    }
    for (const [name, value] of Object.entries(await ctx.store.loadSettings()))
      output.out(`${name}=${JSON.stringify(value)}`);
    return 0;
  });
}

export async function terminalsCommand(
  config: CloudEnvConfig,
  args: readonly string[],
  output: Output,
): Promise<number> {
  return withContext(config, async (ctx) => {
    const [action, ...rest] = args;
    if (action === 'add' && rest.length > 0) {
      const added = await addTerminal(ctx, rest.join(' '), null);
      if (!added.ok) {
        output.err(added.problem.detail);
        return 2;
      }
      const terminal = added.body;
      output.out(`Terminal ${terminal.id} "${terminal.name}" registered. Its key, shown only now:`);
      output.out(terminal.key);
      return 0;
    }
    if (action === 'revoke' && rest.length === 1 && rest[0] !== undefined) {
      if ((await withdrawTerminal(ctx, rest[0], null)).ok) return 0;
      output.err(`no live terminal ${rest[0]}`);
      return 1;
    }
    if (action !== undefined) {
      output.err('terminals [add <name> | revoke <id>]');
      return 2;
    }
    for (const t of await listTerminals(ctx))
      output.out(`${t.id}  ${t.name}${t.revoked ? '  (revoked)' : ''}`);
    return 0;
  });
}

export function resetCommand(config: CloudEnvConfig, args: readonly string[], output: Output): number {
  const file = dataFileIn(config.dataDir);
  if (!args.includes('--yes')) {
    output.err(
      `This deletes ${file} with every user, card and audit event. Stop the service, then run: reset --yes`,
    );
    return 2;
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  output.out(`Deleted ${file}. The next start seeds the demo tenant.`);
  return 0;
}

export function forgetCardsCommand(config: CloudEnvConfig, args: readonly string[], output: Output): number {
  if (!args.includes('--yes')) {
    output.err(
      'Only for an installation key lost for good: this deletes every card of the data file (they are kept as ' +
        'hashes under the lost key) and records the present key. Restore the key instead if you can; ' +
        'else run: forget-cards --yes',
    );
    return 2;
  }
  const forgotten = forgetCardsOfLostKey(config.dataDir, output.out, config.secretKey);
  if (forgotten === null) {
    output.err('The installation key is the data file’s own: there is nothing to forget.');
    return 2;
  }
  output.out(`Forgot ${forgotten} cards; the data file now goes with the present installation key.`);
  return 0;
}

/**
 * `migrate-to-postgres`: the data file into an empty PostgreSQL database, for moving an installation from
 * one instance on SQLite to several on PostgreSQL. Stop the service first; the data file is only read.
 */
export async function migrateToPostgresCommand(config: CloudEnvConfig, output: Output): Promise<number> {
  if (config.databaseUrl === null) {
    output.err('migrate-to-postgres needs DATABASE_URL (postgres://user:password@host:5432/database)');
    return 2;
  }
  const file = dataFileIn(config.dataDir);
  if (!existsSync(file)) {
    output.err(`no data file at ${file}: set CLOUD_DATA_DIR to the installation's data directory`);
    return 2;
  }
  // The keyed hashes in the data file were made with its installation key; every instance must use it.
  const keyFile = installationKeyFile(config.dataDir);
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() !== config.secretKey?.trim()) {
    output.err(
      `CLOUD_SECRET_KEY must hold the key in ${keyFile}, which the data file's hashes were made with`,
    );
    return 2;
  }
  const sqlite = openDatabase(config.dataDir);
  try {
    const pool = await openPostgres(config.databaseUrl);
    try {
      const copied = await copyToPostgres(sqlite, pool);
      const total = [...copied.values()].reduce((sum, n) => sum + n, 0);
      output.out(`Copied ${total} rows from ${file} to ${redactedUrl(config.databaseUrl)}:`);
      for (const [table, rows] of copied) output.out(`  ${table}: ${rows}`);
      output.out(
        'Start the service with DATABASE_URL and the same CLOUD_SECRET_KEY; keep the data file as a backup.',
      );
      return 0;
    } catch (error) {
      output.err(`nothing copied: ${(error as Error).message}`);
      return 1;
    } finally {
      await pool.end();
    }
  } finally {
    sqlite.close();
  }
}
