import { LIFECYCLE_STAGES } from '../sales/lifecycle';
import { parseCountry } from '../shared/country';
import { FieldError, InvalidValueError } from '../shared/errors';
import { parseInstant } from '../shared/instant';
import { parseLanguage } from '../shared/language';

/** The 360° fields a segment rule may read, and the kind of value each holds. */
export const SEGMENT_FIELDS = {
  country: 'country', partnerId: 'partner', lifecycleStage: 'stage', preferredLanguage: 'language',
  leadScore: 'number', lastNps: 'number', openCases: 'number', lastContactAt: 'instant',
} as const;
export type SegmentField = keyof typeof SEGMENT_FIELDS;
export const SEGMENT_OPS = ['eq', 'in', 'gte', 'lte', 'before', 'after'] as const;
export type SegmentOp = (typeof SEGMENT_OPS)[number];

export interface SegmentCondition { field: SegmentField; op: SegmentOp; value: string | number | (string | number)[] }
export type SegmentRule = { all: SegmentNode[] } | { any: SegmentNode[] };
export type SegmentNode = SegmentRule | SegmentCondition;

/** Limits that keep every rule cheap to evaluate on each change of a customer. */
export const RULE_LIMITS = { depth: 4, conditions: 50, children: 20, inValues: 100 } as const;

const OPS_OF: Record<(typeof SEGMENT_FIELDS)[SegmentField], readonly SegmentOp[]> = {
  country: ['eq', 'in'], partner: ['eq', 'in'], stage: ['eq', 'in'], language: ['eq', 'in'],
  number: ['eq', 'in', 'gte', 'lte'], instant: ['before', 'after'],
};

/** Validates a rule as sent (any JSON); the normalised rule, or a 422 naming every bad part. */
export function parseSegmentRule(input: unknown, field = 'rule'): SegmentRule {
  const errors: FieldError[] = [];
  let conditions = 0;
  const node = (value: unknown, path: string, depth: number): SegmentNode | undefined => {
    if (!isObject(value)) return void errors.push({ field: path, message: 'must be an object: { all: [...] }, { any: [...] } or { field, op, value }' });
    if ('all' in value || 'any' in value) return group(value, path, depth);
    conditions++;
    return condition(value, path, errors);
  };
  const group = (value: Record<string, unknown>, path: string, depth: number): SegmentRule | undefined => {
    const keys = Object.keys(value);
    if (keys.length !== 1) return void errors.push({ field: path, message: 'a group has exactly one key, all or any' });
    const kind = keys[0] as 'all' | 'any';
    const children = value[kind];
    if (depth > RULE_LIMITS.depth) return void errors.push({ field: path, message: `groups nest at most ${RULE_LIMITS.depth} deep` });
    if (!Array.isArray(children) || children.length === 0 || children.length > RULE_LIMITS.children) {
      return void errors.push({ field: `${path}.${kind}`, message: `must be a list of 1 to ${RULE_LIMITS.children} conditions or groups` });
    }
    const parsed = children.map((child, i) => node(child, `${path}.${kind}[${i}]`, depth + 1));
    return { [kind]: parsed } as SegmentRule;
  };
  if (!isObject(input) || !('all' in input || 'any' in input)) {
    throw new InvalidValueError([{ field, message: 'must be { all: [...] } or { any: [...] }' }]);
  }
  const rule = group(input, field, 1);
  if (conditions > RULE_LIMITS.conditions) errors.push({ field, message: `at most ${RULE_LIMITS.conditions} conditions in one rule` });
  if (errors.length || !rule) throw new InvalidValueError(errors);
  return rule;
}

function condition(value: Record<string, unknown>, path: string, errors: FieldError[]): SegmentCondition | undefined {
  const extra = Object.keys(value).filter((key) => !['field', 'op', 'value'].includes(key));
  if (extra.length) return void errors.push({ field: path, message: `unknown keys ${extra.join(', ')}: a condition is { field, op, value }` });
  const { field, op } = value;
  if (typeof field !== 'string' || !Object.hasOwn(SEGMENT_FIELDS, field)) {
    return void errors.push({ field: `${path}.field`, message: `must be one of ${Object.keys(SEGMENT_FIELDS).join(', ')}` });
  }
  const kind = SEGMENT_FIELDS[field as SegmentField];
  if (typeof op !== 'string' || !OPS_OF[kind].includes(op as SegmentOp)) {
    return void errors.push({ field: `${path}.op`, message: `${field} takes ${OPS_OF[kind].join(', ')}` });
  }
  const at = `${path}.value`;
  try {
    if (op === 'in') {
      if (!Array.isArray(value.value) || value.value.length === 0 || value.value.length > RULE_LIMITS.inValues) {
        throw new InvalidValueError([{ field: at, message: `in takes a list of 1 to ${RULE_LIMITS.inValues} values` }]);
      }
      const values = value.value.map((v, i) => scalar(kind, v, `${at}[${i}]`));
      return { field: field as SegmentField, op, value: [...new Set(values)] };
    }
    return { field: field as SegmentField, op: op as SegmentOp, value: scalar(kind, value.value, at) };
  } catch (error) {
    if (!(error instanceof InvalidValueError)) throw error;
    errors.push(...error.errors);
    return undefined;
  }
}

function scalar(kind: (typeof SEGMENT_FIELDS)[SegmentField], value: unknown, field: string): string | number {
  switch (kind) {
    case 'country': return parseCountry(value, field);
    case 'language': return parseLanguage(value, field);
    case 'instant': return parseInstant(value, field);
    case 'stage':
      if (typeof value === 'string' && (LIFECYCLE_STAGES as readonly string[]).includes(value)) return value;
      throw new InvalidValueError([{ field, message: `must be one of ${LIFECYCLE_STAGES.join(', ')}` }]);
    case 'partner':
      if (typeof value === 'string' && UUID.test(value)) return value;
      throw new InvalidValueError([{ field, message: 'must be a partner id' }]);
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw new InvalidValueError([{ field, message: 'must be a number' }]);
  }
}

/** What a rule reads of one customer's 360° view. */
export interface SegmentFacts {
  country: string | null;
  /** The customer's partner and its ancestors (root first): `partnerId` matches the whole subtree. */
  partnerPath: string[];
  lifecycleStage: string | null;
  leadScore: number | null;
  lastNps: number | null;
  openCases: number;
  lastContactAt: string | null;
  preferredLanguage: string | null;
}

/** Whether the customer matches. A condition on a field the customer has no value for is false. */
export function ruleMatches(rule: SegmentNode, facts: SegmentFacts): boolean {
  if ('all' in rule) return rule.all.every((node) => ruleMatches(node, facts));
  if ('any' in rule) return rule.any.some((node) => ruleMatches(node, facts));
  if (rule.field === 'partnerId') {
    const wanted = Array.isArray(rule.value) ? rule.value : [rule.value];
    return wanted.some((id) => facts.partnerPath.includes(String(id)));
  }
  const actual = facts[rule.field];
  if (actual === null || actual === undefined) return false;
  switch (rule.op) {
    case 'eq': return actual === rule.value;
    case 'in': return (rule.value as unknown[]).includes(actual);
    case 'gte': return Number(actual) >= Number(rule.value);
    case 'lte': return Number(actual) <= Number(rule.value);
    // Instants are compared as instants, not as strings that may differ in precision.
    case 'before': return Date.parse(String(actual)) < Date.parse(String(rule.value));
    case 'after': return Date.parse(String(actual)) > Date.parse(String(rule.value));
  }
}

/** The partner ids a rule names (their subtrees are what `partnerId` matches). */
export function rulePartners(rule: SegmentNode): string[] {
  if ('all' in rule) return rule.all.flatMap(rulePartners);
  if ('any' in rule) return rule.any.flatMap(rulePartners);
  return rule.field === 'partnerId' ? (Array.isArray(rule.value) ? rule.value : [rule.value]).map(String) : [];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
