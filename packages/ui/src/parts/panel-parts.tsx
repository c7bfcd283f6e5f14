import type { ConfigProblem, HandoverState, SwipeDiagnosis } from '@cardenroll/core';
import { type LazyPart, LoadingScreen, lazyPart, type PartFailure, PartMissing } from '../lazy-part';
import { BusyScreen } from '../screens/BusyScreen';

/**
 * The parts of the panel most people never see, each loaded when first needed (decision 0025): the
 * phone hand-over, the installer view of a swipe, and the "not set up yet" screen. Each is its own file
 * in the build; the core screens of a swipe are in the start-up script.
 */

export interface HandoverPartProps {
  readonly state: HandoverState;
  readonly onCancel: () => void;
  readonly onBack: () => void;
}

export const handoverPart: LazyPart<HandoverPartProps> = lazyPart(
  () => import('../screens/HandoverScreen').then((module) => module.HandoverScreen),
  // While it loads, what the hand-over screen shows while the tenant prepares the code.
  ({ onCancel, failed }: HandoverPartProps & { readonly failed?: PartFailure }) =>
    failed ? (
      <LoadingScreen failed={failed} onCancel={onCancel} />
    ) : (
      <BusyScreen activity="startingHandover" onCancel={onCancel} />
    ),
);

export interface InstallerViewPartProps {
  readonly diagnosis: SwipeDiagnosis | null;
}

export const installerViewPart: LazyPart<InstallerViewPartProps> = lazyPart(
  () => import('../SwipeDiagnostics').then((module) => module.SwipeDiagnostics),
  // Part of the prompt: nothing while it loads, the message in its place when it cannot be loaded.
  ({ failed }: { readonly failed?: PartFailure }) =>
    failed ? <PartMissing onRetry={failed.onRetry} /> : null,
);

export interface ConfigProblemPartProps {
  readonly problems: readonly ConfigProblem[];
  readonly onRetry: () => void;
}

export const configProblemPart: LazyPart<ConfigProblemPartProps> = lazyPart(
  () => import('../screens/ConfigProblemScreen').then((module) => module.ConfigProblemScreen),
  ({ failed }: { readonly failed?: PartFailure }) => <LoadingScreen failed={failed} />,
);

/**
 * Loads the parts this panel's config may show once its first screen is painted, when the panel has
 * nothing else to do, so they appear at once when needed and cost nothing before "Swipe your card".
 */
export function prefetchPanelParts(parts: {
  readonly handover: boolean;
  readonly installerView: boolean;
}): void {
  const afterPaint = (then: () => void) =>
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => setTimeout(then, 0))
      : setTimeout(then, 50);
  afterPaint(() => {
    if (parts.handover) void handoverPart.load();
    if (parts.installerView) void installerViewPart.load();
  });
}
