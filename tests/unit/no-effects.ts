import type { Effects } from '@/entrypoints/background/handlers';

/** Effects for handler tests that watch only the database: each does nothing. */
export const NO_EFFECTS: Effects = {
  refreshBadge: async () => undefined,
  openPlan: async () => undefined,
  injectDetector: async () => undefined,
  readDetectorWorker: async () => '',
};
