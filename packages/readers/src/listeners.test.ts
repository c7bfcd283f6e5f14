import { describe, expect, it, vi } from 'vitest';
import { createListeners } from './listeners';

describe('createListeners', () => {
  it('arms on the first subscriber and disarms after the last', () => {
    const arm = vi.fn();
    const disarm = vi.fn();
    const listeners = createListeners<number>({ arm, disarm });
    const stopA = listeners.add(() => {});
    const stopB = listeners.add(() => {});
    expect(arm).toHaveBeenCalledTimes(1);
    stopA();
    stopA();
    expect(disarm).not.toHaveBeenCalled();
    stopB();
    stopB();
    expect(disarm).toHaveBeenCalledTimes(1);
    listeners.add(() => {});
    expect(arm).toHaveBeenCalledTimes(2);
  });

  it('emits to each current subscriber in order, and to none after they stop', () => {
    const listeners = createListeners<string>();
    const seen: string[] = [];
    const stopA = listeners.add((v) => seen.push(`a:${v}`));
    listeners.add((v) => seen.push(`b:${v}`));
    listeners.emit('1');
    stopA();
    listeners.emit('2');
    expect(seen).toEqual(['a:1', 'b:1', 'b:2']);
  });

  it('lets a subscriber stop while handling a value without skipping the others', () => {
    const listeners = createListeners<string>();
    const seen: string[] = [];
    const stopA: () => void = listeners.add(() => {
      seen.push('a');
      stopA();
    });
    listeners.add(() => seen.push('b'));
    listeners.emit('x');
    listeners.emit('y');
    expect(seen).toEqual(['a', 'b', 'b']);
  });

  it('leaves nothing subscribed when arming fails', () => {
    const disarm = vi.fn();
    const listeners = createListeners<string>({
      arm: () => {
        throw new Error('no device');
      },
      disarm,
    });
    const listener = vi.fn();
    expect(() => listeners.add(listener)).toThrow('no device');
    listeners.emit('x');
    expect(listener).not.toHaveBeenCalled();
  });
});
