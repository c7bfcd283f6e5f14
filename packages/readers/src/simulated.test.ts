import { describe, expect, it, vi } from 'vitest';
import { createSimulatedCardSource } from './simulated';

describe('createSimulatedCardSource', () => {
  it('delivers each read as a swipe named after the source', () => {
    const reader = createSimulatedCardSource('virtual-reader');
    const listener = vi.fn();
    reader.source.start(listener);
    reader.swipe('04A1B2C3');
    expect(reader.source.name).toBe('virtual-reader');
    expect(listener).toHaveBeenCalledExactlyOnceWith({ read: '04A1B2C3', source: 'virtual-reader' });
  });

  it('defaults its name to simulated and drops reads nobody listens to', () => {
    const reader = createSimulatedCardSource();
    const listener = vi.fn();
    reader.swipe('early');
    const stop = reader.source.start(listener);
    reader.swipe('1234');
    stop();
    stop();
    reader.swipe('late');
    expect(listener.mock.calls).toEqual([[{ read: '1234', source: 'simulated' }]]);
  });
});
