import type { FrameLocator, Page } from '@playwright/test';

/** Where a panel screen is found: the simulator's panel frame, or a shell page of its own. */
export type PanelRoot = FrameLocator | Page;
