import type { ShellName } from '@cardenroll/core';

/**
 * The shells the simulator can frame, each its panel build served under /<shell>/, with the reader it
 * stands in for: a Konica Minolta reader types each character of the card as its ASCII code.
 */
export const shells = [
  { id: 'webclient', label: 'HP Webclient', reader: 'keyboard' },
  { id: 'iws', label: 'Konica Minolta IWS', reader: 'km-keyboard' },
  { id: 'workpath', label: 'HP Workpath', reader: 'workpath-bridge' },
] as const satisfies readonly { id: ShellName; label: string; reader: string }[];

export type SimulatedShell = (typeof shells)[number];

/** The shell a `?shell=` parameter names, Webclient when it names none we have. */
export function shellFrom(id: string | null): SimulatedShell {
  return shells.find((shell) => shell.id === id) ?? shells[0];
}
