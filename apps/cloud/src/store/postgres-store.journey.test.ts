import { describeStoreConformance } from '@cardenroll/tenant/conformance';
import { afterAll, beforeAll } from 'vitest';
import { openPostgres } from '../db/open-postgres';
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
