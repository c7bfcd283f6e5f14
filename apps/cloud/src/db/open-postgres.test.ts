import { describe, expect, it } from 'vitest';
import { isConnectionFailure } from '../store/store-unavailable';
import { redactedUrl } from './open-postgres';

describe('redactedUrl', () => {
  it('hides the password and keeps the rest, so a log line says where without giving it away', () => {
    expect(redactedUrl('postgres://cards:s%40cret@db.example:5432/cards?sslmode=require')).toBe(
      'postgres://cards:***@db.example:5432/cards?sslmode=require',
    );
    expect(redactedUrl('postgres://db.example/cards')).toBe('postgres://db.example/cards');
    expect(redactedUrl('not a url with s3cret')).not.toContain('s3cret');
  });
});

describe('isConnectionFailure', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code });
  it('knows a database that is away from a statement that failed', () => {
    expect(isConnectionFailure(withCode('ECONNREFUSED'))).toBe(true);
    expect(isConnectionFailure(withCode('57P01'))).toBe(true);
    expect(isConnectionFailure(withCode('08006'))).toBe(true);
    expect(isConnectionFailure(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionFailure(withCode('23505'))).toBe(false);
    expect(isConnectionFailure(withCode('40001'))).toBe(false);
    expect(isConnectionFailure('ECONNREFUSED')).toBe(false);
  });
});
