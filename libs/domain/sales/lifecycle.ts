/**
 * The customer lifecycle, in order. A stage once reached stays reached: later stages imply the
 * earlier ones (a lead qualified straight to SQL has passed MQL at the same instant).
 */
export const LIFECYCLE_STAGES = ['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'advocate'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const stageRank = (stage: LifecycleStage): number => LIFECYCLE_STAGES.indexOf(stage);

/** The later of two stages. */
export const furthest = (a: LifecycleStage, b: LifecycleStage): LifecycleStage => (stageRank(a) >= stageRank(b) ? a : b);

/** When each stage was reached (ISO instant); null while not reached. */
export type StagesReached = Record<LifecycleStage, string | null>;

export const noStagesReached = (): StagesReached =>
  Object.fromEntries(LIFECYCLE_STAGES.map((stage) => [stage, null])) as StagesReached;

/**
 * Marks `stage` reached at `at`, and every earlier stage not yet reached at the same instant,
 * except `subscriber`, which only a subscription reaches (most leads never were subscribers).
 */
export function reach(reached: StagesReached, stage: LifecycleStage, at: string): StagesReached {
  const next = { ...reached };
  for (const s of LIFECYCLE_STAGES.slice(1, stageRank(stage) + 1)) next[s] = next[s] ?? at;
  if (stage === 'subscriber') next.subscriber = next.subscriber ?? at;
  return next;
}

/** The furthest stage reached, or null. */
export function currentStage(reached: StagesReached): LifecycleStage | null {
  return [...LIFECYCLE_STAGES].reverse().find((stage) => reached[stage] !== null) ?? null;
}
