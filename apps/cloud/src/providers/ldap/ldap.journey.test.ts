import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoTenant } from '@cardenroll/tenant';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceProcess, spawnService } from '../../testing/service-process';
import { person, readerDn, readerPassword, type Slapd, startSlapd, suffix } from '../../testing/slapd';
import { portalClient, problemLine, terminalClient } from '../../testing/test-cloud';
import { ldapProvider } from './ldap-provider';

// The service against a real OpenLDAP (slapd with the ppolicy overlay, which locks an account at its fifth
// wrong password in a row), through the terminal API and the portal API of a real service process.

const people = [
  // Erin's two cards live in the directory, in the multi-valued carLicense (one in lower case).
  person('erin', 'Erin Directory', 'erin-pass', ['00e1e1e1', 'E2E2E2E2']),
  person('frank', 'Frank Directory', 'frank-pass'),
  person('gina', 'Gina Directory', 'gina-pass'),
  person('hugo', 'Hugo Directory', 'hugo-pass'),
  person('ida', 'Ida Directory', 'ida-pass'),
  // Names holding filter characters and non-ASCII, which an escaped search must find exactly as written.
  literalPerson('(star)*', '(star)*', 'star-pass'),
  literalPerson('back\\slash', 'back\\\\slash', 'back-pass'),
  literalPerson('jürgen', 'jürgen', 'jurgen-pass'),
];
const dnOf = (uid: string) => `uid=${uid},ou=people,${suffix}`;

/** An entry whose uid is taken literally (base64 in the LDIF, so any character goes); `rdn` is the uid as a DN writes it. */
function literalPerson(uid: string, rdn: string, password: string): string {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return [
    `dn:: ${base64(`uid=${rdn},ou=people,${suffix}`)}`,
    'objectClass: inetOrgPerson',
    `uid:: ${base64(uid)}`,
    `cn:: ${base64(`Literal ${uid}`)}`,
    'sn: Literal',
    `userPassword: ${password}`,
    '',
  ].join('\n');
}

let slapd: Slapd;
let service: ServiceProcess;
let dataDir: string;
let panel: ReturnType<typeof terminalClient>;

beforeAll(async () => {
  slapd = await startSlapd(people);
  dataDir = mkdtempSync(join(tmpdir(), 'cloud-ldap-'));
  const configFile = join(dataDir, 'providers.json');
  const directory = {
    bindDn: readerDn,
    bindPassword: { env: 'JOURNEY_LDAP_BIND_PASSWORD' },
    baseDn: `ou=people,${suffix}`,
    caFile: slapd.caFile,
    attributes: { username: 'uid', displayName: 'cn', email: 'mail', cardNumbers: ['carLicense'] },
    domains: ['EXAMPLE', 'example.test'],
  };
  writeFileSync(
    configFile,
    JSON.stringify({
      providers: [
        {
          kind: 'ldap',
          id: 'example-ldap',
          name: 'Example OpenLDAP (StartTLS)',
          url: slapd.ldapUrl,
          ...directory,
        },
        {
          kind: 'ldap',
          id: 'example-ldaps',
          name: 'Example OpenLDAP (ldaps)',
          url: slapd.ldapsUrl,
          ...directory,
        },
        { kind: 'local', id: 'local', name: 'Local users' },
      ],
    }),
  );
  service = await spawnService(dataDir, {
    CLOUD_CONFIG: configFile,
    JOURNEY_LDAP_BIND_PASSWORD: readerPassword,
  });
  panel = terminalClient(service.url, demoTenant.terminalKey);
});

afterAll(async () => {
  await service?.stop();
  await slapd?.remove();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** How many wrong binds the directory has counted for a person (ppolicy's pwdFailureTime values). */
async function directoryFailures(uid: string): Promise<number> {
  const found = await slapd.asRoot('ldapsearch', ['-b', dnOf(uid), '-s', 'base', 'pwdFailureTime']);
  return found.stdout.split('\n').filter((line) => line.startsWith('pwdFailureTime:')).length;
}

/** Whether the person can bind to the directory with their own password (their account there is open). */
const directoryBinds = async (uid: string, password: string) =>
  (await slapd.tool('ldapwhoami', ['-D', dnOf(uid), '-w', password])).code === 0;

/** The service's first provider as an adapter of its own over the same slapd, for answers the HTTP API folds. */
const directAdapter = (log: (line: string) => void = () => undefined) =>
  ldapProvider(
    {
      kind: 'ldap',
      id: 'example-ldap',
      url: slapd.ldapUrl,
      bindDn: readerDn,
      bindPassword: readerPassword,
      baseDn: `ou=people,${suffix}`,
      caFile: slapd.caFile,
      attributes: { username: 'uid', displayName: 'cn', email: 'mail', cardNumbers: ['carLicense'] },
      domains: ['EXAMPLE', 'example.test'],
    },
    {},
    log,
  );

/** Every person's count of wrong binds at the directory, by uid. */
async function allDirectoryFailures(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const uid of ['erin', 'frank', 'gina', 'hugo', 'ida']) counts[uid] = await directoryFailures(uid);
  return counts;
}

async function admin() {
  const portal = portalClient(service.url);
  const login = await portal.login(demoTenant.administrator.username, demoTenant.administrator.password);
  expect(login.status).toBe(200);
  return portal;
}

describe('an LDAP directory behind the service', () => {
  it('lists the providers in order and tests each without showing a secret or a card number', async () => {
    const portal = await admin();
    const list = await portal.get('providers');
    expect(list.body.providers.map((p: { id: string }) => p.id)).toEqual([
      'example-ldap',
      'example-ldaps',
      'local',
    ]);
    const test = await portal.post('providers/example-ldap/test', { username: 'EXAMPLE\\erin' });
    expect(test.body).toMatchObject({
      reachable: true,
      lookup: {
        kind: 'found',
        username: 'erin',
        displayName: 'Erin Directory',
        email: 'erin@example.test',
        cards: 2,
      },
    });
    const ldaps = await portal.post('providers/example-ldaps/test', {});
    expect(ldaps.body).toMatchObject({ reachable: true, lookup: null });
    const text = JSON.stringify([list.body, test.body, ldaps.body]);
    for (const secret of [readerPassword, 'E2E2E2E2', '00e1e1e1', 'erin-pass'])
      expect(text).not.toContain(secret);
    expect((await portal.post('providers/nope/test', {})).status).toBe(404);
    // Only administrators see them.
    const erin = portalClient(service.url);
    expect((await erin.login('erin', 'erin-pass')).status).toBe(200);
    expect((await erin.get('providers')).status).toBe(403);
  });

  it('checks the directory’s certificate: without the CA file, StartTLS and ldaps are refused', async () => {
    for (const url of [slapd.ldapUrl, slapd.ldapsUrl]) {
      const config = {
        kind: 'ldap',
        id: 'no-ca',
        url,
        bindDn: readerDn,
        bindPassword: readerPassword,
        baseDn: suffix,
      } as const;
      const probe = await ldapProvider(config, {}, () => undefined).probe(null);
      expect(probe.reachable, url).toBe(false);
      expect(probe.reachable === false && probe.trouble, url).toMatch(/certificate/i);
      const trusted = await ldapProvider({ ...config, caFile: slapd.caFile }, {}, () => undefined).probe(
        null,
      );
      expect(trusted.reachable, url).toBe(true);
    }
  });

  it('signs a directory user in to the portal with their directory password, in every name form', async () => {
    for (const name of ['erin', 'EXAMPLE\\erin', 'erin@example.test', 'Erin']) {
      const portal = portalClient(service.url);
      const answer = await portal.login(name, 'erin-pass');
      expect(answer.status, name).toBe(200);
      expect(answer.body.user).toMatchObject({
        username: 'erin',
        displayName: 'Erin Directory',
        role: 'user',
      });
    }
  });

  it('enrolls a card at the panel with the directory password, and keeps it out of the directory', async () => {
    const card = '0BADC0DE';
    const token = await panel.tokenFor(card);
    const enrolled = await panel.enroll({
      enrollmentToken: token,
      username: 'EXAMPLE\\frank',
      secret: 'frank-pass',
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body.user).toEqual({ username: 'frank', displayName: 'Frank Directory' });
    const again = await panel.identify(card);
    expect(again.body).toMatchObject({ status: 'assigned', user: { username: 'frank' } });
    const inDirectory = await slapd.asRoot('ldapsearch', ['-b', suffix, `(carLicense=${card})`, '1.1']);
    expect(inDirectory.stdout).not.toContain('dn:');
  });

  it('takes a one-time password from the portal for a directory user, without sending it to the directory', async () => {
    const portal = await admin();
    const erin = (await portal.get('users?query=erin')).body.users[0];
    const issued = await portal.post(`users/${erin.id}/otp`, { delivery: 'show' });
    expect(issued.status).toBe(201);
    const card = '0C0FFEE0';
    const enrolled = await panel.enroll({
      enrollmentToken: await panel.tokenFor(card),
      username: 'erin',
      secret: issued.body.otp,
    });
    expect(enrolled.status).toBe(201);
    // A one-time password tried as a directory password would be a wrong bind there.
    expect(await directoryFailures('erin')).toBe(0);
    expect((await panel.identify(card)).body).toMatchObject({
      status: 'assigned',
      user: { username: 'erin' },
    });
  });

  it('answers a wrong directory password at the panel with the attempts left, then takes the right one', async () => {
    const card = '0ABCDEF1';
    const token = await panel.tokenFor(card);
    const wrong = await panel.enroll({
      enrollmentToken: token,
      username: 'ida@example.test',
      secret: 'not-ida',
    });
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials', attemptsLeft: 3 });
    expect(await directoryFailures('ida')).toBe(1);
    const right = await panel.enroll({
      enrollmentToken: token,
      username: 'ida@example.test',
      secret: 'ida-pass',
    });
    expect(right.status).toBe(201);
    expect((await panel.identify(card)).body).toMatchObject({
      status: 'assigned',
      user: { username: 'ida' },
    });
  });

  it('signs the holder of a directory card in, whatever its case in the directory', async () => {
    for (const card of ['00E1E1E1', 'E2E2E2E2']) {
      const answer = await panel.identify(card);
      expect(answer.body, card).toMatchObject({ status: 'assigned', user: { username: 'erin' } });
    }
  });

  it('never registers a directory card to someone else', async () => {
    const card = '1234ABCD';
    // The directory gives the card to erin: from its next swipe, it signs erin in and offers no enrollment.
    writeFileSync(
      join(slapd.dir, 'give.ldif'),
      `dn: ${dnOf('erin')}\nchangetype: modify\nadd: carLicense\ncarLicense: ${card}\n`,
    );
    expect((await slapd.asRoot('ldapmodify', ['-f', join(slapd.dir, 'give.ldif')])).code).toBe(0);
    expect((await panel.identify(card)).body).toMatchObject({
      status: 'assigned',
      user: { username: 'erin' },
    });
    // Nor can an administrator add it to frank in the portal.
    const portal = await admin();
    const frank = (await portal.get('users?query=frank')).body.users[0];
    expect(problemLine(await portal.post(`users/${frank.id}/cards`, { cardNumber: card }))).toBe(
      '409 card_already_assigned',
    );
  });

  it('locks at our threshold, one before the directory’s, so the directory account stays open', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const portal = portalClient(service.url);
      const answer = await portal.login('gina', `typo-${i}`);
      answers.push(`${problemLine(answer)} ${answer.body.attemptsLeft ?? ''}`.trim());
    }
    expect(answers).toEqual([
      '401 invalid_credentials 3',
      '401 invalid_credentials 2',
      '401 invalid_credentials 1',
      '423 account_locked',
      '423 account_locked',
    ]);
    // Four wrong binds reached slapd; its ppolicy locks at five, so gina can still sign in to Windows.
    expect(await directoryFailures('gina')).toBe(4);
    expect(await directoryBinds('gina', 'gina-pass')).toBe(true);
    // Our lock holds, the right password included, and sends nothing more to the directory.
    expect(problemLine(await portalClient(service.url).login('gina', 'gina-pass'))).toBe(
      '423 account_locked',
    );
  });

  it('proves the directory’s own lock is real: five wrong binds of its own lock hugo there', async () => {
    for (let i = 0; i < 5; i++) expect(await directoryBinds('hugo', 'wrong')).toBe(false);
    expect(await directoryBinds('hugo', 'hugo-pass')).toBe(false);
  });

  it('refuses an empty password before any bind', async () => {
    const token = await panel.tokenFor('3735928559');
    const enrolled = await panel.enroll({ enrollmentToken: token, username: 'erin', secret: '' });
    expect(enrolled.status).toBe(400);
    expect((await portalClient(service.url).login('erin', '')).status).toBe(400);
    expect(await directoryFailures('erin')).toBe(0);
  });

  it('escapes filter characters, so an injected filter finds no one', async () => {
    for (const name of ['*)(uid=*', '*', 'erin)(|(uid=*', 'e*']) {
      const answer = await portalClient(service.url).login(name, 'erin-pass');
      expect(problemLine(answer), name).toBe('401 invalid_credentials');
    }
    const portal = await admin();
    const test = await portal.post('providers/example-ldap/test', { username: '*)(uid=*' });
    expect(test.body).toMatchObject({ reachable: true, lookup: { kind: 'not_found' } });
  });

  it('searches every injection string as one literal name: it finds no one and binds no one', async () => {
    // Unescaped, the first six would each single out erin (so her password would sign her in), the next
    // two would match everyone; the rest are RFC 4515's specials alone, the literal text \00, a NUL byte,
    // and the $ patterns a string replacement would expand into pieces of the filter.
    const injections = [
      'e*',
      'erin*',
      '*rin',
      '*)(uid=erin',
      'erin)(|(uid=*',
      'erin)(uid=*',
      '*',
      '*)(uid=*',
      '(',
      ')',
      '()',
      '\\',
      'EXAMPLE\\*',
      'EXAMPLE\\*)(uid=*',
      '*@example.test',
      'EXAMPLE\\e\\2a',
      '\\00',
      'EXAMPLE\\erin\\00',
      'erin\u0000',
      '*\u0000',
      "$'",
      '$`',
      '$&',
      "EXAMPLE\\$'*",
    ];
    const before = await allDirectoryFailures();
    const logged: string[] = [];
    const directory = directAdapter((line) => logged.push(line));
    for (const name of injections) {
      // The real search and, were anyone found, the real bind with erin's password: no one is found.
      expect(await directory.verify(name, 'erin-pass'), name).toEqual({ kind: 'unknown' });
      expect(await directory.lookup(name), name).toEqual({ kind: 'unknown' });
    }
    // Nothing was a directory error (a malformed filter would be one), and no bind was tried as anyone.
    expect(logged).toEqual([]);
    expect(await allDirectoryFailures()).toEqual(before);

    // The same through the service: the administrator's Test finds no one, the panel signs no one in.
    const portal = await admin();
    for (const name of injections) {
      const test = await portal.post('providers/example-ldap/test', { username: name });
      expect(test.status, name).toBe(200);
      expect(test.body.reachable, name).toBe(true);
      expect(['not_found', 'not_this_provider'], name).toContain(test.body.lookup?.kind);
    }
    const token = await panel.tokenFor('0DEC0DE5');
    for (const name of ['*)(uid=erin', 'erin)(|(uid=*', '*', "$'"]) {
      const enrolled = await panel.enroll({ enrollmentToken: token, username: name, secret: 'erin-pass' });
      expect(problemLine(enrolled), name).toBe('401 invalid_credentials');
    }
    expect(await allDirectoryFailures()).toEqual(before);
  });

  it('finds a name with filter characters or non-ASCII exactly as written, and only that', async () => {
    const portal = await admin();
    const found = async (name: string) =>
      (await portal.post('providers/example-ldap/test', { username: name })).body.lookup;
    expect(await found('(star)*')).toMatchObject({ kind: 'found', username: '(star)*' });
    expect(await found('EXAMPLE\\back\\slash')).toMatchObject({ kind: 'found', username: 'back\\slash' });
    expect(await found('jürgen@example.test')).toMatchObject({ kind: 'found', username: 'jürgen' });
    for (const near of ['(star)', '(star)**', 'star', 'EXAMPLE\\back', 'EXAMPLE\\back*', 'jurgen', 'jü*'])
      expect(await found(near), near).toMatchObject({ kind: 'not_found' });
    // Their own passwords bind them; erin's does not.
    const directory = directAdapter();
    expect(await directory.verify('(star)*', 'star-pass')).toMatchObject({
      kind: 'ok',
      person: { username: '(star)*' },
    });
    expect(await directory.verify('EXAMPLE\\back\\slash', 'back-pass')).toMatchObject({ kind: 'ok' });
    expect(await directory.verify('jürgen', 'jurgen-pass')).toMatchObject({ kind: 'ok' });
    expect(await directory.verify('(star)*', 'erin-pass')).toEqual({ kind: 'wrong' });
  });

  it('answers 503 when the directory is down, counting no failure, and works again when it is back', async () => {
    const token = await panel.tokenFor('04D3E8F2A17C80');
    await slapd.stop();
    try {
      expect(problemLine(await panel.identify('0ABC0ABC'))).toBe('503 service_unavailable');
      const enrolled = await panel.enroll({
        enrollmentToken: token,
        username: 'frank',
        secret: 'frank-pass',
      });
      expect(problemLine(enrolled)).toBe('503 service_unavailable');
      expect(enrolled.headers.get('Retry-After')).toBe('5');
      for (let i = 0; i < 4; i++)
        expect(problemLine(await portalClient(service.url).login('erin', 'wrong'))).toBe(
          '503 service_unavailable',
        );
      const portal = await admin();
      const test = await portal.post('providers/example-ldap/test', { username: 'erin' });
      expect(test.body).toMatchObject({ reachable: false, trouble: 'connection refused' });

      // A name that could never be a directory name is refused by the name rules before any connection:
      // with the directory down, it is a wrong name (401), not the outage's 503, and logs no outage. Past
      // the panel API's own limit on a username (256), the request itself is refused (400).
      const refused = [
        ['a'.repeat(65), '401 invalid_credentials'],
        [`EXAMPLE\\${'a'.repeat(65)}`, '401 invalid_credentials'],
        [`${'é'.repeat(65)}@example.test`, '401 invalid_credentials'],
        ['x'.repeat(300), '400 invalid_request'],
        ['erin\u0000', '401 invalid_credentials'],
        ['EXAMPLE\\er\u0007in', '401 invalid_credentials'],
        ['erin\u001b[2J', '401 invalid_credentials'],
        ['er\nin', '401 invalid_credentials'],
      ];
      const logged: string[] = [];
      const directory = directAdapter((line) => logged.push(line));
      for (const [name = '', answer] of refused) {
        expect(await directory.verify(name, 'frank-pass'), name).toEqual({ kind: 'unknown' });
        expect(await directory.lookup(name), name).toEqual({ kind: 'unknown' });
        const enrolled = await panel.enroll({ enrollmentToken: token, username: name, secret: 'frank-pass' });
        expect(problemLine(enrolled), name).toBe(answer);
      }
      expect(logged).toEqual([]);
      // The longest name the rules take does go to the directory, and meets the outage.
      expect(await directory.verify('a'.repeat(64), 'frank-pass')).toEqual({ kind: 'unavailable' });
      expect(logged).toEqual(['directory example-ldap unavailable: connection refused']);
    } finally {
      await slapd.start();
    }
    // None of the outage's answers counted: erin's next wrong password leaves all three attempts.
    const wrong = await portalClient(service.url).login('erin', 'wrong');
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials', attemptsLeft: 3 });
    expect((await portalClient(service.url).login('erin', 'erin-pass')).status).toBe(200);
  });

  it('never writes a password or a card number to its log, and says why a directory was unavailable', () => {
    const log = service.output();
    expect(log).toContain('directory example-ldap unavailable: connection refused');
    for (const secret of [
      readerPassword,
      'erin-pass',
      'frank-pass',
      'gina-pass',
      'typo-0',
      'E2E2E2E2',
      '0BADC0DE',
    ])
      expect(log).not.toContain(secret);
  });
});
