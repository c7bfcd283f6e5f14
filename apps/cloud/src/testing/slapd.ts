import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The throw-away directory's suffix, its root account and the service account the tests configure. */
export const suffix = 'dc=example,dc=test';
export const rootDn = `cn=admin,${suffix}`;
export const rootPassword = 'root-secret';
export const readerDn = `cn=reader,${suffix}`;
export const readerPassword = 'reader-secret';
/** The directory's own lockout (ppolicy): the fifth wrong password in a row locks the account there. */
export const directoryMaxFailure = 5;

/** A free loopback port, from the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Slapd {
  readonly dir: string;
  /** `ldap://127.0.0.1:<port>` (StartTLS offered) and `ldaps://127.0.0.1:<port>`. */
  readonly ldapUrl: string;
  readonly ldapsUrl: string;
  /** The PEM of the throw-away certificate, a CA file for the provider's `caFile`. */
  readonly caFile: string;
  /** Runs an ldap-utils command (ldapsearch, ldapadd, ldapwhoami…) against the plain port. */
  tool(command: string, args: readonly string[]): Promise<{ code: number; stdout: string }>;
  /** The same, bound as the directory's root (which its password policy never locks). */
  asRoot(command: string, args: readonly string[]): Promise<{ code: number; stdout: string }>;
  stop(): Promise<void>;
  /** Starts it again on the same ports and data after `stop`. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  remove(): Promise<void>;
}

const config = (dir: string) => `
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile ${dir}/slapd.pid
argsfile ${dir}/slapd.args
TLSCertificateFile ${dir}/cert.pem
TLSCertificateKeyFile ${dir}/key.pem

database mdb
suffix "${suffix}"
rootdn "${rootDn}"
rootpw ${rootPassword}
directory ${dir}/db
maxsize 10485760
overlay ppolicy
ppolicy_default "cn=default,ou=policies,${suffix}"
access to attrs=userPassword by self write by anonymous auth by * none
access to * by dn.exact="${readerDn}" read by self read by * none
`;

const seed = `
dn: ${suffix}
objectClass: dcObject
objectClass: organization
o: Example
dc: example

dn: ${readerDn}
objectClass: organizationalRole
objectClass: simpleSecurityObject
cn: reader
userPassword: ${readerPassword}

dn: ou=policies,${suffix}
objectClass: organizationalUnit
ou: policies

dn: cn=default,ou=policies,${suffix}
objectClass: organizationalRole
objectClass: pwdPolicy
cn: default
pwdAttribute: userPassword
pwdMaxFailure: ${directoryMaxFailure}
pwdLockout: TRUE
pwdLockoutDuration: 0
pwdFailureCountInterval: 0

dn: ou=people,${suffix}
objectClass: organizationalUnit
ou: people
`;

/** An inetOrgPerson entry; `cards` go into the multi-valued `carLicense`, the journey's card attribute. */
export const person = (uid: string, cn: string, password: string, cards: readonly string[] = []) =>
  [
    `dn: uid=${uid},ou=people,${suffix}`,
    'objectClass: inetOrgPerson',
    `uid: ${uid}`,
    `cn: ${cn}`,
    `sn: ${cn.split(' ').at(-1)}`,
    `mail: ${uid}@example.test`,
    `userPassword: ${password}`,
    ...cards.map((card) => `carLicense: ${card}`),
    '',
  ].join('\n');

/**
 * A real OpenLDAP server for a journey: a temp dir with a slapd.conf (mdb, core/cosine/inetorgperson,
 * the ppolicy overlay), a throw-away certificate for StartTLS and ldaps, the base entries and `people`,
 * on free loopback ports. Ready when a search answers (polled, no fixed sleep).
 */
export async function startSlapd(people: readonly string[]): Promise<Slapd> {
  const dir = mkdtempSync(join(tmpdir(), 'slapd-'));
  mkdirSync(join(dir, 'db'));
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
  ]);
  writeFileSync(join(dir, 'slapd.conf'), config(dir));
  const [port, tlsPort] = [await freePort(), await freePort()];
  const ldapUrl = `ldap://127.0.0.1:${port}`;
  const ldapsUrl = `ldaps://127.0.0.1:${tlsPort}`;
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const tool = async (command: string, args: readonly string[]) => {
    try {
      const { stdout } = await run(command, ['-x', '-H', ldapUrl, ...args]);
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout ?? '' };
    }
  };

  const asRoot = (command: string, args: readonly string[]) =>
    tool(command, ['-D', rootDn, '-w', rootPassword, ...args]);

  const start = async () => {
    let output = '';
    const started = spawn(
      '/usr/sbin/slapd',
      ['-f', join(dir, 'slapd.conf'), '-h', `${ldapUrl}/ ${ldapsUrl}/`, '-d', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    started.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (started.exitCode !== null) throw new Error(`slapd exited with ${started.exitCode}:\n${output}`);
      const probe = await asRoot('ldapsearch', ['-b', suffix, '-s', 'base', '1.1']);
      // 32: no such object, before the seed; 0: ready.
      if (probe.code === 0 || probe.code === 32) return;
      if (Date.now() > deadline) throw new Error(`slapd did not answer:\n${output}`);
      // A poll, not a sleep: the loop ends as soon as a search answers.
      await delay(25);
    }
  };

  const stop = async () => {
    if (child !== null && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    child = null;
  };

  try {
    await start();
    writeFileSync(join(dir, 'seed.ldif'), `${seed}\n${people.join('\n')}`);
    const added = await asRoot('ldapadd', ['-f', join(dir, 'seed.ldif')]);
    if (added.code !== 0) throw new Error(`ldapadd failed with ${added.code}`);
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    ldapUrl,
    ldapsUrl,
    caFile: join(dir, 'cert.pem'),
    tool,
    asRoot,
    stop,
    start,
    async remove() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
