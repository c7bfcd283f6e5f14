import type { Database } from 'better-sqlite3';

/** A user row; the password hash never leaves the domain layer. */
export interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly username_key: string;
  readonly display_name: string;
  readonly email: string | null;
  readonly role: 'user' | 'admin';
  readonly password_hash: string | null;
  readonly failed_count: number;
  readonly locked_until: number | null;
  readonly created_at: number;
}

export const findUserByKey = (db: Database, key: string): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE username_key = ?').get(key) as UserRow | undefined;

export const findUserById = (db: Database, id: string): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;

export function insertUser(db: Database, user: Omit<UserRow, 'failed_count' | 'locked_until'>): void {
  db.prepare(
    `INSERT INTO users (id, username, username_key, display_name, email, role, password_hash, created_at)
     VALUES (@id, @username, @username_key, @display_name, @email, @role, @password_hash, @created_at)`,
  ).run(user);
}

export function updateProfile(db: Database, id: string, displayName: string, email: string | null): void {
  db.prepare('UPDATE users SET display_name = ?, email = ? WHERE id = ?').run(displayName, email, id);
}

export function saveLockState(
  db: Database,
  id: string,
  failedCount: number,
  lockedUntil: number | null,
): void {
  db.prepare('UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?').run(
    failedCount,
    lockedUntil,
    id,
  );
}

/** Users whose username or display name contains `text` (case-insensitive), username order. */
export function searchUsers(db: Database, text: string, limit: number): UserRow[] {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return db
    .prepare(
      `SELECT * FROM users
       WHERE username_key LIKE ? ESCAPE '\\' OR lower(display_name) LIKE ? ESCAPE '\\'
       ORDER BY username_key LIMIT ?`,
    )
    .all(pattern, pattern, limit) as UserRow[];
}
