import { usernameKey } from './account-name';
import { maskedTail, protectCardNumber } from './card-number';
import { inTransaction, Rollback, type TenantContext } from './tenant-context';

/** One person of a directory export, as the import reads them. */
export interface DirectoryEntry {
  readonly line: number;
  readonly username: string;
  readonly displayName: string;
  readonly email: string | null;
  /** Card numbers as the panels send them (trimmed, upper case), duplicates removed. */
  readonly cardNumbers: readonly string[];
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  usersCreated: number;
  usersUpdated: number;
  cardsAdded: number;
  cardsRemoved: number;
  /** One line per card that was not taken, e.g. because another user holds it. */
  readonly skipped: string[];
}

/**
 * Makes the directory's view true in one transaction: users are created or their name and e-mail updated,
 * and each listed user's `directory` cards become exactly the file's list. Cards from a panel or the portal
 * are never touched, and a card another user holds is reported and skipped, never taken. The directory is
 * authoritative, so its cards do not count against the card limit's refusal. `dryRun` rolls it all back.
 */
export async function importDirectory(
  ctx: TenantContext,
  entries: readonly DirectoryEntry[],
  dryRun: boolean,
): Promise<ImportReport> {
  const { secrets } = ctx;
  // The numbers are hashed before the transaction; from here on only hashes and tails are compared and kept.
  const kept = await Promise.all(
    entries.map((entry) => Promise.all(entry.cardNumbers.map((n) => protectCardNumber(secrets, n)))),
  );
  return inTransaction(ctx, async (tx) => {
    const now = ctx.now();
    const report: ImportReport = {
      usersCreated: 0,
      usersUpdated: 0,
      cardsAdded: 0,
      cardsRemoved: 0,
      skipped: [],
    };
    for (const [index, entry] of entries.entries()) {
      const cards = kept[index] ?? [];
      const listed = new Set(cards.map((card) => card.hash));
      let user = await tx.findUserByKey(usernameKey(entry.username));
      if (user === undefined) {
        await tx.insertUser({
          id: secrets.newId('u'),
          username: entry.username,
          username_key: usernameKey(entry.username),
          display_name: entry.displayName,
          email: entry.email,
          role: 'user',
          password_hash: null,
          created_at: now,
        });
        user = await tx.findUserByKey(usernameKey(entry.username));
        report.usersCreated += 1;
      } else if (user.display_name !== entry.displayName || user.email !== entry.email) {
        await tx.updateProfile(user.id, entry.displayName, entry.email);
        report.usersUpdated += 1;
      }
      if (user === undefined) throw new Error(`user ${entry.username} vanished during the import`);
      const audit = { at: now, actor: null, subject: user.username };
      for (const card of await tx.cardsOfUser(user.id)) {
        if (card.source !== 'directory' || listed.has(card.number_hash)) continue;
        await tx.deleteCard(card.id);
        await tx.recordAudit({
          ...audit,
          kind: 'card_removed',
          cardId: card.id,
          detail: `${maskedTail(card.number_tail)} (directory)`,
        });
        report.cardsRemoved += 1;
      }
      for (const number of cards) {
        const holder = await tx.findCardByNumberHash(number.hash);
        if (holder?.user_id === user.id) continue;
        if (holder !== undefined) {
          report.skipped.push(
            `line ${entry.line}: card ${maskedTail(number.tail)} belongs to another user, skipped`,
          );
          continue;
        }
        const id = secrets.newId('c');
        await tx.insertCard({
          id,
          number_hash: number.hash,
          number_tail: number.tail,
          user_id: user.id,
          source: 'directory',
          enrolled_at: now,
          terminal_id: null,
        });
        await tx.recordAudit({
          ...audit,
          kind: 'card_imported',
          cardId: id,
          detail: maskedTail(number.tail),
        });
        report.cardsAdded += 1;
      }
    }
    if (dryRun) throw new Rollback(report);
    return report;
  });
}
