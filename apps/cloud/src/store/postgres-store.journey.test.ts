import { describeStoreConformance } from '@cardenroll/tenant/conformance';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../db/open-postgres';
import { migratePostgres } from '../db/pg-migrate';
import { pgMigrations } from '../db/pg-migrations';
import { type PostgresCluster, startPostgresCluster } from '../testing/postgres-cluster';
import { createPostgresStore } from './postgres-store';

let cluster: PostgresCluster;
let databases = 0;

beforeAll(async () => {
  cluster = await startPostgresCluster();
});
afterAll(async () => {
  await cluster?.remove();
});

describeStoreConformance('PostgreSQL', async () => {
  const pool = await openPostgres(await cluster.createDatabase(`conformance_${++databases}`));
  return {
    store: createPostgresStore(pool),
    close: () => pool.end(),
  };
});

describe('PostgreSQL migrations', () => {
  it('run once when two instances start together, and refuse a database of a newer build', async () => {
    const url = await cluster.createDatabase('migrations');
    const pools = [new pg.Pool({ connectionString: url }), new pg.Pool({ connectionString: url })];
    try {
      const applied = await Promise.all(pools.map((pool) => migratePostgres(pool, pgMigrations, 'db')));
      expect(applied.sort()).toEqual([0, pgMigrations.length]);
      await pools[0]?.query('UPDATE schema_version SET version = version + 1');
      await expect(migratePostgres(pools[1] as pg.Pool, pgMigrations, 'db')).rejects.toThrow(
        `db has schema version ${pgMigrations.length + 1}, but this build knows only up to ${pgMigrations.length}`,
      );
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
