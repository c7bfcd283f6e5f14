import { locales } from '@cardenroll/core';
import { describe, expect, it } from 'vitest';
import { escapeHtml, expiryText, oneLine, otpMailMessage } from './otp-mail';

const expiresAt = Date.parse('2030-01-02T08:00:00Z');
const facts = { displayName: 'Bob <b>Ng</b>', username: 'bob', otp: '12345678', expiresAt };

describe('the e-mail with a one-time password', () => {
  it.each(locales)('says in %s what the code is for, once, until when, and how, without a link', (locale) => {
    const message = otpMailMessage({ ...facts, locale });
    expect(message.subject.length).toBeGreaterThan(5);
    for (const body of [message.text, message.html]) {
      expect(body).toContain('12345678');
      expect(body).toContain('bob');
      expect(body).toContain(expiryText(locale, expiresAt));
      expect(body).toContain('2030');
      expect(body).not.toMatch(/https?:|href=|www\./i);
      expect(body).not.toMatch(/password:/i);
    }
    expect(message.html).toContain(`lang="${locale}"`);
    expect(message.html).not.toContain('<b>Ng</b>');
    expect(message.html).toContain('Bob &lt;b&gt;Ng&lt;/b&gt;');
  });

  it('is a different text in each language', () => {
    const subjects = new Set(locales.map((locale) => otpMailMessage({ ...facts, locale }).subject));
    const texts = new Set(locales.map((locale) => otpMailMessage({ ...facts, locale }).text));
    expect(subjects.size).toBe(locales.length);
    expect(texts.size).toBe(locales.length);
  });

  it('keeps a display name with line breaks on one line', () => {
    const message = otpMailMessage({
      ...facts,
      locale: 'en',
      displayName: 'Eve\r\nBcc: mallory@evil.example\r\n',
    });
    expect(message.text.split('\n')[0]).toBe('Hello Eve Bcc: mallory@evil.example,');
    expect(oneLine('a\u2028b\tc')).toBe('a b c');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it('writes right to left in Arabic and says UTC', () => {
    const message = otpMailMessage({ ...facts, locale: 'ar' });
    expect(message.html).toContain('dir="rtl"');
    expect(expiryText('de', expiresAt)).toBe('2. Januar 2030 um 08:00 UTC');
  });
});
