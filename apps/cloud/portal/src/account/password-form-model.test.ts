import { describe, expect, it, vi } from 'vitest';
import { PortalError } from '../api/portal-error';
import { createPasswordFormModel, isTooShort } from './password-form-model';

function fill(
  model: ReturnType<typeof createPasswordFormModel>,
  current: string,
  next: string,
  repeat = next,
) {
  model.set('current', current);
  model.set('next', next);
  model.set('repeat', repeat);
}

const fieldValues = (model: ReturnType<typeof createPasswordFormModel>) =>
  [model.fields.current.value, model.fields.next.value, model.fields.repeat.value].join('|');

describe('password form', () => {
  it('counts characters as a person does: an emoji is one', () => {
    expect(isTooShort('a'.repeat(11))).toBe(true);
    expect(isTooShort('a'.repeat(12))).toBe(false);
    expect(isTooShort('🔑'.repeat(11))).toBe(true);
  });

  it.each([
    ['', 'correct horse battery', 'correct horse battery', 'current_missing'],
    ['old password', 'short', 'short', 'too_short'],
    ['old password', 'correct horse battery', 'correct horse batteyr', 'mismatch'],
  ] as const)(
    'refuses %j → %j before sending anything, and empties every field',
    async (current, next, repeat, problem) => {
      const save = vi.fn(async () => {});
      const model = createPasswordFormModel({ needsCurrent: true, save });
      fill(model, current, next, repeat);
      expect(await model.submit()).toBe(false);
      expect(model.notice.value).toEqual({ kind: 'input', problem });
      expect(save).not.toHaveBeenCalled();
      expect(fieldValues(model)).toBe('||');
    },
  );

  it('sends the current and the new password once, then empties every field', async () => {
    const save = vi.fn(async () => {});
    const model = createPasswordFormModel({ needsCurrent: true, save });
    fill(model, 'old password', 'correct horse battery');
    expect(await model.submit()).toBe(true);
    expect(save).toHaveBeenCalledWith('old password', 'correct horse battery');
    expect(model.notice.value).toEqual({ kind: 'done' });
    expect(fieldValues(model)).toBe('||');
  });

  it('empties every field when the service refuses too, and keeps its reason', async () => {
    const model = createPasswordFormModel({
      needsCurrent: true,
      save: async () => {
        throw new PortalError({ kind: 'wrong_password', attemptsLeft: 2 });
      },
    });
    fill(model, 'guess', 'correct horse battery');
    expect(await model.submit()).toBe(false);
    expect(model.notice.value).toEqual({
      kind: 'failed',
      failure: { kind: 'wrong_password', attemptsLeft: 2 },
    });
    expect(fieldValues(model)).toBe('||');
  });

  it('asks for no current password when an administrator sets one', async () => {
    const save = vi.fn(async () => {});
    const model = createPasswordFormModel({ needsCurrent: false, save });
    fill(model, '', 'correct horse battery');
    expect(await model.submit()).toBe(true);
    expect(save).toHaveBeenCalledWith('', 'correct horse battery');
  });
});
