import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AuditQuery,
  EnrollRequest,
  IdempotencyKey,
  IdentifyResponse,
  IssuedOtp,
  Problem,
  portalProblemCodes,
  problemStatus,
  SessionCheck,
  SignInRequest,
  terminalProblemCodes,
  UsersQuery,
} from './index';

const parse = <S extends v.GenericSchema>(schema: S, input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success ? result.output : 'refused';
};

describe('the limits the service enforces', () => {
  it('takes text fields of 1 to 1024 characters, a username up to 256', () => {
    const enroll = { enrollmentToken: 'enr_1', username: 'ada', secret: 's' };
    expect(parse(EnrollRequest, enroll)).toEqual(enroll);
    expect(parse(EnrollRequest, { ...enroll, username: 'a'.repeat(256) })).not.toBe('refused');
    expect(parse(EnrollRequest, { ...enroll, username: 'a'.repeat(257) })).toBe('refused');
    expect(parse(EnrollRequest, { ...enroll, secret: 's'.repeat(1024) })).not.toBe('refused');
    expect(parse(EnrollRequest, { ...enroll, secret: 's'.repeat(1025) })).toBe('refused');
    expect(parse(EnrollRequest, { ...enroll, enrollmentToken: '' })).toBe('refused');
    expect(parse(SignInRequest, { username: 'ada', password: '' })).toBe('refused');
  });

  it('reads an Idempotency-Key bare or quoted, 1 to 255 characters', () => {
    expect(parse(IdempotencyKey, ' abc ')).toBe('abc');
    expect(parse(IdempotencyKey, '"abc"')).toBe('abc');
    expect(parse(IdempotencyKey, 'k'.repeat(255))).toBe('k'.repeat(255));
    for (const key of ['', '""', '  ', 'k'.repeat(256), undefined])
      expect(parse(IdempotencyKey, key)).toBe('refused');
  });

  it('cuts a user search to 100 characters and never refuses one', () => {
    expect(parse(UsersQuery, {})).toEqual({ query: '' });
    expect(parse(UsersQuery, { query: `  ${'m'.repeat(150)} ` })).toEqual({ query: 'm'.repeat(100) });
    expect(parse(UsersQuery, { query: ['ada', 'bob'] })).toEqual({ query: 'ada' });
  });

  it('pages the audit with a whole-number cursor and 1 to 200 events, 50 by default', () => {
    expect(parse(AuditQuery, {})).toEqual({ limit: 50 });
    expect(parse(AuditQuery, { before: '42', limit: '200' })).toEqual({ before: 42, limit: 200 });
    for (const query of [
      { limit: '0' },
      { limit: '201' },
      { limit: 'x' },
      { before: 'e_9' },
      { before: '0.5' },
    ])
      expect(parse(AuditQuery, query)).toBe('refused');
  });
});

describe('the answers', () => {
  it('reads the examples of docs/api.md', () => {
    expect(
      parse(IdentifyResponse, {
        status: 'unassigned',
        enrollment: { token: 'enr-51c0', expiresAt: '2030-01-01T10:05:00Z' },
      }),
    ).not.toBe('refused');
    expect(
      parse(Problem, {
        type: 'https://cardenroll.example/problems/invalid_credentials',
        title: 'Wrong username or password',
        status: 401,
        code: 'invalid_credentials',
        attemptsLeft: 2,
      }),
    ).not.toBe('refused');
  });

  it('tells a session from nobody signed in', () => {
    expect(parse(SessionCheck, { user: null })).toEqual({ user: null });
    const user = { id: 'u_1', username: 'ada', displayName: 'Ada', email: null, role: 'admin' };
    expect(parse(SessionCheck, { user, csrfToken: 't' })).toEqual({ user, csrfToken: 't' });
    expect(parse(SessionCheck, { user: { ...user, role: 'root' }, csrfToken: 't' })).toBe('refused');
  });

  it('carries the e-mail preview only when there is one', () => {
    expect(parse(IssuedOtp, { otp: '1', expiresAt: 'x' })).toEqual({ otp: '1', expiresAt: 'x' });
    expect(parse(IssuedOtp, { otp: '1', expiresAt: 'x', email: { to: 'a' } })).toBe('refused');
  });

  it('has a status for every problem code of either API', () => {
    for (const code of [...terminalProblemCodes, ...portalProblemCodes])
      expect(problemStatus[code]).toBeGreaterThan(399);
  });
});
