import type { Database } from 'better-sqlite3';

export interface OtpRow {
  readonly id: number;
  readonly otp_hash: string;
}

/** A user's OTPs that are neither used nor expired at `now`. */
export const liveOtpsOf = (db: Database, userId: string, now: number): OtpRow[] =>
  db
    .prepare('SELECT id, otp_hash FROM otps WHERE user_id = ? AND used_at IS NULL AND expires_at > ?')
    .all(userId, now) as OtpRow[];

/** Marks an OTP used; false when another request used it first (it then counts as a wrong secret). */
export const useOtp = (db: Database, id: number, now: number): boolean =>
  db.prepare('UPDATE otps SET used_at = ? WHERE id = ? AND used_at IS NULL').run(now, id).changes === 1;

/** Stores a new OTP hash, dropping the user's unused ones: only the newest OTP works. */
export function replaceOtp(
  db: Database,
  userId: string,
  otpHash: string,
  now: number,
  expiresAt: number,
): void {
  db.prepare('DELETE FROM otps WHERE user_id = ? AND used_at IS NULL').run(userId);
  db.prepare('INSERT INTO otps (user_id, otp_hash, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
    userId,
    otpHash,
    now,
    expiresAt,
  );
}
