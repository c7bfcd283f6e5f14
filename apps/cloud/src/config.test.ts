import { describe, expect, it } from 'vitest';
import { allowedHostsOf, cloudConfigFromEnv, publicUrlOf, repoRoot } from './config';

describe('cloudConfigFromEnv', () => {
  it('defaults to port 8787 on 127.0.0.1 with the data dir at the repo root', () => {
    expect(cloudConfigFromEnv({})).toEqual({
      dataDir: `${repoRoot}.cloud-data`,
      port: 8787,
      host: '127.0.0.1',
      publicUrl: null,
      allowedHosts: [],
      scryptLogN: 15,
      demo: false,
      secretKey: undefined,
      databaseUrl: null,
      poolSize: 10,
    });
  });

  it('takes PostgreSQL from DATABASE_URL only with a shared installation key, and never echoes a password', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    const url = 'postgres://cards:s3cret@db.example:5432/cards';
    expect(cloudConfigFromEnv({ DATABASE_URL: url, CLOUD_SECRET_KEY: key })).toMatchObject({
      databaseUrl: url,
      poolSize: 10,
    });
    expect(() => cloudConfigFromEnv({ DATABASE_URL: url })).toThrow(/CLOUD_SECRET_KEY/);
    expect(() => cloudConfigFromEnv({ DATABASE_URL: 'mysql://u:s3cret@h/d', CLOUD_SECRET_KEY: key })).toThrow(
      /postgres/,
    );
    expect(() => cloudConfigFromEnv({ DATABASE_URL: 'not a url s3cret', CLOUD_SECRET_KEY: key })).toThrow(
      /^DATABASE_URL is not a URL \(postgres:\/\/user:password@host:5432\/database\)$/,
    );
    expect(() => cloudConfigFromEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('reads every variable and refuses a port that is not one', () => {
    const config = cloudConfigFromEnv({
      CLOUD_DATA_DIR: '/srv/cards',
      CLOUD_PORT: '8790',
      CLOUD_HOST: '0.0.0.0',
      CLOUD_PUBLIC_URL: 'https://cards.example.com/',
    });
    expect(config).toMatchObject({
      dataDir: '/srv/cards',
      port: 8790,
      host: '0.0.0.0',
      publicUrl: 'https://cards.example.com',
    });
    expect(() => cloudConfigFromEnv({ CLOUD_PORT: 'http' })).toThrow(/CLOUD_PORT/);
  });
});

describe('publicUrlOf', () => {
  it('keeps a path prefix without the trailing slash', () => {
    expect(publicUrlOf('https://t.example/acme/')).toBe('https://t.example/acme');
    expect(publicUrlOf('  ')).toBeNull();
  });

  it.each(['ftp://t.example', 'https://t.example/?a=1', 'not a url'])('refuses %j', (value) => {
    expect(() => publicUrlOf(value)).toThrow();
  });
});

describe('allowedHostsOf', () => {
  it('reads comma-separated names and name:port pairs, and refuses anything else', () => {
    expect(allowedHostsOf(undefined)).toEqual([]);
    expect(allowedHostsOf(' Cards.internal:8443, [::1] ,')).toEqual(['cards.internal:8443', '[::1]']);
    for (const value of ['https://cards.example.com', 'cards.example.com/x', 'a b']) {
      expect(() => allowedHostsOf(value)).toThrow(/CLOUD_ALLOWED_HOSTS/);
    }
  });
});
