import { parseOptionalFreeText } from '../../shared/free-text';
import { invalid, validateAll, validateList } from '../../shared/validation';
import { FIT_ATTRIBUTES, FitAttribute, SIGNAL_KINDS, SignalKind } from '../lead/lead.events';

/** A fit rule: `points` when the lead's attribute equals one of `in`, or is at least `atLeast` (numbers). */
export interface FitRule {
  attribute: FitAttribute;
  in?: (string | number)[];
  atLeast?: number;
  points: number;
}

/** How leads are scored. Published versions never change; a new model is a new version. */
export interface ScoringModel {
  name?: string;
  fit: FitRule[];
  /** Points per signal, before decay; a kind left out scores nothing. Negative points are allowed. */
  engagement: Partial<Record<SignalKind, number>>;
  /** A signal is worth half its points after this many days. */
  halfLifeDays: number;
  /** A lead whose score reaches `mql` becomes marketing-qualified by score. */
  thresholds: { mql?: number };
}

const points = (input: unknown, field: string): number => {
  if (typeof input !== 'number' || !Number.isFinite(input) || Math.abs(input) > 10_000) {
    throw invalid(field, 'must be a number of points between -10000 and 10000');
  }
  return input;
};

function parseRule(input: unknown, field: string): FitRule {
  const rule = (input ?? {}) as Record<string, unknown>;
  if (!FIT_ATTRIBUTES.includes(rule.attribute as FitAttribute)) throw invalid(`${field}.attribute`, `must be one of ${FIT_ATTRIBUTES.join(', ')}`);
  const hasIn = Array.isArray(rule.in) && rule.in.length > 0 && rule.in.every((v) => typeof v === 'string' || typeof v === 'number');
  const hasAtLeast = typeof rule.atLeast === 'number' && Number.isFinite(rule.atLeast);
  if (hasIn === hasAtLeast) throw invalid(field, 'needs exactly one of "in" (a list of values) or "atLeast" (a number)');
  return { attribute: rule.attribute as FitAttribute, ...(hasIn ? { in: rule.in as (string | number)[] } : { atLeast: rule.atLeast as number }),
    points: points(rule.points, `${field}.points`) };
}

function parseEngagement(input: unknown): Partial<Record<SignalKind, number>> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw invalid('engagement', 'must map signal kinds to points');
  const result: Partial<Record<SignalKind, number>> = {};
  for (const [kind, value] of Object.entries(input)) {
    if (!SIGNAL_KINDS.includes(kind as SignalKind)) throw invalid(`engagement.${kind}`, `is not a signal kind (${SIGNAL_KINDS.join(', ')})`);
    result[kind as SignalKind] = points(value, `engagement.${kind}`);
  }
  return result;
}

/** Validates a model as clients send it to PUT /v1/lead-scoring-model. */
export function parseScoringModel(input: unknown): ScoringModel {
  const model = (input ?? {}) as Record<string, unknown>;
  const thresholds = (model.thresholds ?? {}) as Record<string, unknown>;
  const parsed = validateAll({
    name: () => parseOptionalFreeText(model.name, 'name', { maxLength: 200 }),
    fit: () => validateList(model.fit, 'fit', parseRule),
    engagement: () => parseEngagement(model.engagement ?? {}),
    halfLifeDays: () => {
      const days = model.halfLifeDays;
      if (typeof days !== 'number' || !(days > 0) || days > 3650) throw invalid('halfLifeDays', 'must be a number of days between 0 and 3650');
      return days;
    },
    mql: () => (thresholds.mql === undefined ? undefined : points(thresholds.mql, 'thresholds.mql')),
  });
  const { mql, name, ...rest } = parsed;
  return { ...(name ? { name } : {}), ...rest, thresholds: mql === undefined ? {} : { mql } };
}
