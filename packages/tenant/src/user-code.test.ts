import { describe, expect, it } from 'vitest';
import { displayUserCode, newUserCode, parseUserCode, userCodeAlphabet } from './user-code';

describe('user codes', () => {
  it('draws six characters from the alphabet without look-alikes', () => {
    for (let i = 0; i < 100; i++) {
      const code = newUserCode((n) => Math.floor(Math.random() * n));
      expect(code).toHaveLength(6);
      for (const char of code) expect(userCodeAlphabet).toContain(char);
    }
    expect(userCodeAlphabet).not.toMatch(/[01IOL]/);
  });

  it('shows a code with a dash and reads it back however it was typed', () => {
    expect(displayUserCode('K7P3QX')).toBe('K7P-3QX');
    for (const typed of ['K7P-3QX', 'k7p3qx', ' k7p 3qx ', 'K7P3QX'])
      expect(parseUserCode(typed)).toBe('K7P3QX');
  });

  it.each(['', 'K7P3Q', 'K7P3QXX', 'K7P3Q0', 'K7P/3QX'])('refuses %j', (typed) => {
    expect(parseUserCode(typed)).toBeNull();
  });
});
