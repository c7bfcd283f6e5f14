import * as schemas from '@cardenroll/contract';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import * as contract from './contract';
import { isEnrollResponse, isHandover, isHandoverStatus, isIdentifyResponse } from './response-guards';

// The panel keeps its own guards: valibot would add about 2 KB gzip to each panel shell (measured with
// the schemas in their place), and the panel's budget is tighter than that. So the guards are held
// here to the schemas of @cardenroll/contract, which the service and the portal use: on valid
// answers, on near misses of them, and on any JSON at all, a guard and its schema must agree.

const text = fc.string({ maxLength: 12 });
const nonEmpty = fc.string({ minLength: 1, maxLength: 12 });
const webAddress = fc.webUrl({ validSchemes: ['http', 'https'] });
const user = fc.record({ username: nonEmpty, displayName: text });
const session = fc.record({ id: nonEmpty, expiresAt: nonEmpty });

const valid = {
  identify: fc.oneof(
    fc.record({ status: fc.constant('assigned'), user, session }),
    fc.record({
      status: fc.constant('unassigned'),
      enrollment: fc.record({ token: nonEmpty, expiresAt: nonEmpty }),
    }),
  ),
  enroll: fc.record({ user, session }),
  handover: fc.record({
    handoverId: nonEmpty,
    userCode: nonEmpty,
    verificationUri: webAddress,
    verificationUriComplete: webAddress,
    qrCode: webAddress,
    expiresAt: nonEmpty,
    interval: fc.double({ min: Number.MIN_VALUE, max: 60, noNaN: true }),
  }),
  handoverStatus: fc.oneof(
    fc.record({ status: fc.constantFrom('pending', 'denied') }),
    fc.record({ status: fc.constant('confirmed'), user, session }),
  ),
};

/** What a broken tenant or a proxy might put where a field belongs. */
const misfit = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  'x',
  'pending',
  'confirmed',
  'assigned',
  'ftp://tenant.example/qr.png',
  'https://',
  'https://tenant.example/qr.png',
  'https://tenant.example/a b',
  0,
  -1,
  1.5,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  true,
  [],
  {},
  ['x'],
);

type Json = { [key: string]: unknown };

/** Every path to a field of a JSON value, nested objects included. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, field]) => [
    [...prefix, key],
    ...pathsOf(field, [...prefix, key]),
  ]);
}

/** A copy of `value` with the field at `path` replaced by `replacement`, or removed for undefined. */
function withField(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const copy: Json = { ...(value as Json) };
  const next = withField(copy[key], rest, replacement);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** Valid answers with one field (at any depth) broken, added to, or removed. */
const nearMiss = (answer: fc.Arbitrary<unknown>) =>
  fc.tuple(answer, fc.nat(), misfit, fc.boolean()).map(([value, pick, replacement, extra]) => {
    if (extra) return { ...(value as Json), unexpected: replacement };
    const paths = pathsOf(value);
    const path = paths[pick % paths.length] ?? [];
    return withField(value, path, replacement);
  });

const pairs = [
  ['identify', isIdentifyResponse, schemas.IdentifyResponse, valid.identify],
  ['enroll', isEnrollResponse, schemas.EnrollResponse, valid.enroll],
  ['a hand-over start', isHandover, schemas.Handover, valid.handover],
  ['a hand-over poll', isHandoverStatus, schemas.HandoverStatus, valid.handoverStatus],
] as const;

describe.each(pairs)('the panel’s guard of %s and the contract’s schema', (_, guard, schema, answer) => {
  it('both accept every valid answer', () => {
    fc.assert(
      fc.property(answer, (value) => {
        expect(guard(value)).toBe(true);
        expect(v.is(schema, value)).toBe(true);
      }),
    );
  });

  it('agree on every near miss', () => {
    fc.assert(
      fc.property(nearMiss(answer), (value) => {
        expect(guard(value)).toBe(v.is(schema, value));
      }),
      { numRuns: 1000 },
    );
  });

  it('agree on any JSON at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(guard(value)).toBe(v.is(schema, value));
      }),
    );
  });
});

describe('the panel’s contract and the schemas', () => {
  it('know the same problem codes with the same statuses', () => {
    expect(contract.problemCodes).toEqual(schemas.terminalProblemCodes);
    for (const code of contract.problemCodes) {
      expect(contract.problemStatus[code]).toBe(schemas.problemStatus[code]);
    }
  });

  it('describe the same answers', () => {
    // Compile-time: each type of contract.ts and its schema's inferred type fit each other both ways.
    const same = <A, B>(fits: [A] extends [B] ? ([B] extends [A] ? true : false) : false) => fits;
    expect([
      same<contract.IdentifyResponse, schemas.IdentifyResponse>(true),
      same<contract.EnrollResponse, schemas.EnrollResponse>(true),
      same<contract.Handover, schemas.Handover>(true),
      same<contract.HandoverStatus, schemas.HandoverStatus>(true),
      same<contract.EnrollRequest, schemas.EnrollRequest>(true),
      same<contract.IdentifyRequest, schemas.IdentifyRequest>(true),
      same<contract.StartHandoverRequest, schemas.StartHandoverRequest>(true),
    ]).not.toContain(false);
  });
});
