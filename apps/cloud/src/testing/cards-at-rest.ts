import { existsSync, readFileSync } from 'node:fs';
import { cardNumberHasher } from '../secrets/card-number-key';
import { installationKey } from '../secrets/installation-key';

/**
 * The card-number hash of the installation in `dataDir` (its installation.key), for tests that look a card
 * up in the data file by number: the file keeps hashes only.
 */
export const cardHashIn = (dataDir: string): ((number: string) => string) =>
  cardNumberHasher(installationKey(dataDir, undefined));

/** The raw bytes of a data file and its -wal, as a copy of them would give them away. */
export const rawBytesOf = (file: string): Buffer =>
  Buffer.concat([file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path)));
