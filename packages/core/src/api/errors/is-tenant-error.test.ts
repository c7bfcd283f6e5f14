import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toFailure } from '../to-failure';
import { InvalidCredentialsError } from './invalid-credentials-error';
import { isTenantError } from './is-tenant-error';
import { TenantError } from './tenant-error';
import { TenantServerError } from './tenant-server-error';

describe('isTenantError', () => {
  it('recognises every subclass', () => {
    expect(isTenantError(new InvalidCredentialsError({ operation: 'enroll', status: 401 }, 2))).toBe(true);
    expect(isTenantError(new TenantServerError({ operation: 'identify' }))).toBe(true);
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
  it('has a fixed name, a message with the operation and status, and a safe JSON form', () => {
    const error = new InvalidCredentialsError({ operation: 'enroll', status: 401, attempts: 1 }, 2);
    expect(error.name).toBe('InvalidCredentialsError');
    expect(error.message).toBe('enroll: the tenant rejected the username or secret (HTTP 401)');
    expect(error).toBeInstanceOf(TenantError);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'InvalidCredentialsError',
      message: 'enroll: the tenant rejected the username or secret (HTTP 401)',
      operation: 'enroll',
      status: 401,
      attempts: 1,
      failure: { kind: 'invalid_credentials', attemptsLeft: 2 },
    });
  });

  it('keeps a cause', () => {
    const cause = new TypeError('Failed to fetch');
    expect(new TenantServerError({ operation: 'identify' }, undefined, { cause }).cause).toBe(cause);
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
