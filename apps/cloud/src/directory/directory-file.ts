import { toCardNumber } from '@cardenroll/core';
import { type DirectoryEntry, isValidUsername } from '@cardenroll/tenant';
import { parseCsv } from './parse-csv';

export const directoryColumns = ['username', 'displayName', 'email', 'cardNumbers'] as const;

/**
 * Reads a directory CSV (header `username,displayName,email,cardNumbers`, card numbers separated by `;`).
 * Rows with a problem are reported and left out; a file whose header is wrong is refused as a whole.
 * A `password` column is refused on purpose: clear-text passwords do not belong in an export file.
 */
export function readDirectoryFile(text: string): { entries: DirectoryEntry[]; problems: string[] } {
  const [header = [], ...rows] = parseCsv(text);
  const names = header.map((name) => name.trim());
  if (names.includes('password')) {
    throw new Error(
      'The file has a password column. Imported users get no password: issue them an OTP in the portal.',
    );
  }
  const missing = directoryColumns.filter((column) => !names.includes(column));
  if (missing.length > 0 || names.length !== directoryColumns.length) {
    throw new Error(
      `The header must be exactly ${directoryColumns.join(',')} (got ${names.join(',') || 'nothing'}).`,
    );
  }
  const column = (row: string[], name: (typeof directoryColumns)[number]) =>
    (row[names.indexOf(name)] ?? '').trim();
  const entries: DirectoryEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    if (row.every((field) => field.trim() === '')) continue;
    const username = column(row, 'username');
    if (!isValidUsername(username)) {
      problems.push(`line ${line}: invalid username ${JSON.stringify(username)}`);
      continue;
    }
    if (seen.has(username.toLowerCase())) {
      problems.push(`line ${line}: ${username} appears twice`);
      continue;
    }
    seen.add(username.toLowerCase());
    const cardNumbers: string[] = [];
    for (const raw of column(row, 'cardNumbers').split(';')) {
      if (raw.trim() === '') continue;
      const number = toCardNumber(raw);
      if (number === null) problems.push(`line ${line}: ${username} has an invalid card number, skipped`);
      else if (!cardNumbers.includes(number)) cardNumbers.push(number);
    }
    const email = column(row, 'email');
    entries.push({
      line,
      username,
      displayName: column(row, 'displayName') || username,
      email: email === '' ? null : email,
      cardNumbers,
    });
  }
  return { entries, problems };
}
