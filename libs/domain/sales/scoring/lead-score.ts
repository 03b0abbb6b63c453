import { FitAttributes, SignalKind } from '../lead/lead.events';
import { ScoringModel } from './scoring-model';

const DAY_MS = 86_400_000;

export interface Contribution {
  /** `fit` (an attribute matched a rule) or `engagement` (signals of one kind, decayed). */
  source: 'fit' | 'engagement';
  /** The attribute or the signal kind. */
  key: string;
  value?: string | number;
  /** Signals of this kind counted (engagement only). */
  count?: number;
  points: number;
}

/** A score with its reasons: the contributions add up to `score` exactly. */
export interface LeadScore {
  modelVersion: number;
  at: string;
  score: number;
  fit: number;
  engagement: number;
  contributions: Contribution[];
}

export interface ScoredSignal {
  kind: SignalKind;
  at: string;
}

// Points are kept to hundredths so that what is shown adds up to the total shown.
const cents = (value: number): number => Math.round(value * 100) / 100;

/**
 * Scores a lead at instant `at` from its attributes and its whole signal history: fit rules plus
 * each signal's points halved every `halfLifeDays` of age. Signals after `at` do not count yet.
 */
export function scoreLead(attributes: FitAttributes, signals: readonly ScoredSignal[], model: ScoringModel, modelVersion: number, at: string): LeadScore {
  const contributions: Contribution[] = [];
  for (const rule of model.fit) {
    const value = attributes[rule.attribute];
    if (value === undefined) continue;
    const matches = rule.in ? rule.in.includes(value) : typeof value === 'number' && value >= (rule.atLeast ?? Infinity);
    if (matches && rule.points !== 0) contributions.push({ source: 'fit', key: rule.attribute, value, points: rule.points });
  }
  const now = Date.parse(at);
  const perKind = new Map<SignalKind, { count: number; points: number }>();
  for (const signal of signals) {
    const weight = model.engagement[signal.kind];
    const age = now - Date.parse(signal.at);
    if (!weight || age < 0) continue;
    const entry = perKind.get(signal.kind) ?? { count: 0, points: 0 };
    entry.count++;
    entry.points += weight * 0.5 ** (age / DAY_MS / model.halfLifeDays);
    perKind.set(signal.kind, entry);
  }
  for (const [kind, { count, points }] of [...perKind].sort(([a], [b]) => (a < b ? -1 : 1))) {
    contributions.push({ source: 'engagement', key: kind, count, points: cents(points) });
  }
  const sum = (source: Contribution['source']) => cents(contributions.filter((c) => c.source === source).reduce((s, c) => s + c.points, 0));
  const fit = sum('fit');
  const engagement = sum('engagement');
  return { modelVersion, at, score: cents(fit + engagement), fit, engagement, contributions };
}
