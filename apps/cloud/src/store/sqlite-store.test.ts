import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStoreConformance } from '@cardenroll/tenant/conformance';
import { openDatabase } from '../db/open-database';
import { createSqliteStore } from './sqlite-store';

describeStoreConformance('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloud-store-'));
  const db = openDatabase(dir);
  return {
    store: createSqliteStore(db),
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
