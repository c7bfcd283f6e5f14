import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { MailMessage } from '@cardenroll/tenant';

/**
 * Seals an outbox message (it holds a one-time password) with AES-256-GCM under a key derived from the
 * installation key, so a copy of the database alone does not reveal a queued code. The format is
 * `m1.<iv>.<tag>.<ciphertext>` (base64url); a tampered or foreign sealed message does not open.
 */
export interface MailSealer {
  seal(message: MailMessage): string;
  open(sealed: string): MailMessage;
}

export function createMailSealer(installationKey: Buffer): MailSealer {
  const key = Buffer.from(
    hkdfSync('sha256', installationKey, Buffer.alloc(0), 'cardenroll mail outbox v1', 32),
  );
  return {
    seal(message) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(message), 'utf8'), cipher.final()]);
      return ['m1', iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'm1' || iv === undefined || tag === undefined || body === undefined)
        throw new Error('not a sealed outbox message');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const text = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
      const parsed = JSON.parse(text) as MailMessage;
      return { subject: parsed.subject, text: parsed.text, html: parsed.html };
    },
  };
}
