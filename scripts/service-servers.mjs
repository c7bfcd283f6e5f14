// The real servers the service journeys start on loopback ports of their own: OpenLDAP's slapd (with
// ldap-utils to load a directory) and PostgreSQL (a throw-away cluster from initdb). Node-only peers (an
// OpenID provider, an SMTP server) come from npm. Installed with apt-get when missing and allowed.
import { existsSync, readdirSync } from 'node:fs';
import { ensureDebianPackages } from './debian-packages.mjs';

/** The newest installed PostgreSQL's bin directory (Debian keeps each major under /usr/lib/postgresql). */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((name) => existsSync(`${root}/${name}/bin/initdb`))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? `${root}/${majors[0]}/bin` : null;
}

/** @returns {{ ok: true } | { ok: false, message: string }} */
export function ensureServiceServers() {
  return ensureDebianPackages('the service journeys (OpenLDAP, PostgreSQL, OpenSSL)', [
    { name: 'slapd', present: () => existsSync('/usr/sbin/slapd') },
    { name: 'ldap-utils', present: () => existsSync('/usr/bin/ldapadd') },
    // The LDAP journey's throw-away certificate, for StartTLS and ldaps.
    { name: 'openssl', present: () => existsSync('/usr/bin/openssl') },
    { name: 'postgresql', present: () => postgresBinDir() !== null },
    // The SMTP journey makes a throw-away certificate for its STARTTLS with `openssl req -x509`.
    { name: 'openssl', present: () => existsSync('/usr/bin/openssl') },
  ]);
}
