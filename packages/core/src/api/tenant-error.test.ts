import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isTenantError } from './is-tenant-error';
import { TenantError } from './tenant-error';
import { toFailure } from './to-failure';

describe('isTenantError', () => {
  it('recognises a TenantError of any failure', () => {
    expect(
      isTenantError(
        new TenantError(
          { kind: 'invalid_credentials', attemptsLeft: 2 },
          { operation: 'enroll', status: 401 },
        ),
      ),
    ).toBe(true);
    expect(isTenantError(new TenantError({ kind: 'server' }, { operation: 'identify' }))).toBe(true);
  });

  it('recognises an error branded in another realm, where instanceof fails', () => {
    const foreign: unknown = runInNewContext(
      'const e = new Error("x"); e[Symbol.for("cardenroll.core.TenantError")] = true; e.failure = { kind: "timeout" }; e',
    );
    expect(foreign instanceof TenantError).toBe(false);
    expect(isTenantError(foreign)).toBe(true);
    expect(toFailure(foreign)).toEqual({ kind: 'timeout' });
  });

  it.each([
    null,
    undefined,
    'TenantError',
    new Error('x'),
    Object.assign(new Error('x'), { name: 'TenantError' }),
  ])('rejects %j', (value) => {
    expect(isTenantError(value)).toBe(false);
  });
});

describe('TenantError', () => {
  it('has a fixed name, a message with the operation, failure and status, and a safe JSON form', () => {
    const error = new TenantError(
      { kind: 'invalid_credentials', attemptsLeft: 2 },
      { operation: 'enroll', status: 401, attempts: 1 },
    );
    expect(error.name).toBe('TenantError');
    expect(error.message).toBe('enroll: invalid_credentials (HTTP 401)');
    expect(error).toBeInstanceOf(TenantError);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'TenantError',
      message: 'enroll: invalid_credentials (HTTP 401)',
      operation: 'enroll',
      status: 401,
      attempts: 1,
      failure: { kind: 'invalid_credentials', attemptsLeft: 2 },
    });
  });

  it('keeps a cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new TenantError({ kind: 'network' }, { operation: 'identify' }, { cause }).cause).toBe(cause);
  });
});

describe('toFailure', () => {
  it.each([new TypeError('Failed to fetch'), new Error('boom'), 'a string', undefined])(
    'maps a non-TenantError (%j) to network',
    (value) => {
      expect(toFailure(value)).toEqual({ kind: 'network' });
    },
  );
});
