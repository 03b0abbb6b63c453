import { Role } from '../../../../libs/access/api-key.events';
import type { PartnerRecordKind } from './partner-records';

/** What a route needs; roles hold permissions (GRANTS), routes name one (ROUTE_RULES). */
export const PERMISSIONS = [
  'public',
  // Any valid key or token, whatever its role (the caller asking who it is).
  'authenticated',
  'customers.read', 'customers.enter', 'customers.edit', 'customers.merge', 'interactions.record', 'consents.record',
  'partners.read', 'partners.manage',
  'events.read', 'analytics.read',
  'marketing.read', 'marketing.manage',
  'sales.read', 'sales.enter', 'sales.edit', 'sales.configure',
  'service.read', 'service.enter', 'service.edit', 'service.configure',
  'compliance.read', 'compliance.erase', 'audit.read',
  'imports.run', 'keys.manage', 'webhooks.manage', 'admin',
  // Not a route permission: whether answers may carry personal fields (names, contact points, free text).
  'personal.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * How a partner key is confined to its subtree on a route. A route without a rule refuses
 * partner keys (403) whatever their permissions: only routes whose scope is enforced admit them.
 */
export interface PartnerRule {
  /** Path parameter naming a customer: 404 unless the customer belongs to the key's subtree. */
  customerParam?: string;
  /** Body field naming a customer (commands on other aggregates about a customer); checked when present. */
  customerBody?: string;
  /** Sales and service records named by a path parameter or (when present) a body field: 404 outside the subtree. */
  records?: { kind: PartnerRecordKind; param?: string; body?: string }[];
  /** Path parameter naming a partner: 404 outside the subtree. */
  partnerParam?: string;
  /** Body field assigning a partner: must lie in the subtree; `required` on creation. */
  partnerBody?: 'required' | 'optional';
  /** The handler narrows its answer through PartnerScope (search, feed, analytics). */
  filtered?: true;
}

export interface RouteRule {
  permission: Permission;
  partner?: PartnerRule;
}

const VIEW: Permission[] = ['customers.read', 'partners.read', 'sales.read', 'service.read', 'marketing.read', 'personal.read'];
const ENTER: Permission[] = [...VIEW, 'customers.enter', 'interactions.record', 'consents.record', 'sales.enter', 'service.enter'];
const EDIT: Permission[] = [...ENTER, 'customers.edit', 'customers.merge', 'sales.edit', 'service.edit', 'marketing.manage', 'imports.run'];

/** The permission matrix (docs/security.md shows it as a table). */
export const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  viewer: new Set(VIEW),
  agent: new Set(ENTER),
  editor: new Set(EDIT),
  // Facts without people: analytics and the feed (personal fields sealed), no customer records; leads,
  // cases and tasks answer with their personal fields redacted (no `personal.read`).
  analyst: new Set(['analytics.read', 'events.read', 'sales.read', 'service.read', 'partners.read', 'marketing.read']),
  compliance: new Set(['customers.read', 'partners.read', 'compliance.read', 'compliance.erase', 'audit.read', 'personal.read']),
  admin: new Set(PERMISSIONS),
  partner: new Set([
    'customers.read', 'customers.enter', 'customers.edit', 'interactions.record', 'consents.record', 'partners.read', 'events.read', 'analytics.read', 'marketing.read', 'marketing.manage', 'personal.read',
    'sales.read', 'sales.enter', 'sales.edit', 'service.read', 'service.enter', 'service.edit',
  ]),
};

/** Whether answers to this role may carry personal fields; for every other role they are redacted. */
export const seesPersonalData = (role: Role): boolean => GRANTS[role]?.has('personal.read') ?? false;

const customer = { customerParam: 'id' } as const;
// A sales or service record named by the path id; lists narrowed to documents of the subtree.
const record = (kind: PartnerRecordKind): PartnerRule => ({ records: [{ kind, param: 'id' }] });
const scopedList = { filtered: true } as const;
// Reports whose read models PartnerScope.confine narrows to the key's subtree.
const report = { filtered: true } as const;

/**
 * Every route, as Nest registers it on Fastify (`METHOD /path/:param`). A route missing here is
 * admin-only (deny by default) and fails auth/route-permissions.int.spec.ts until it is listed.
 */
export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /health/live': { permission: 'public' },
  'GET /health/ready': { permission: 'public' },
  'GET /metrics': { permission: 'public' },
  // The console's static files (apps/console): no data in them, every figure is fetched with a key.
  'GET /console': { permission: 'public' },
  'GET /console/*': { permission: 'public' },

  'GET /v1/me': { permission: 'authenticated' },
  'POST /v1/api-keys': { permission: 'keys.manage' },
  'GET /v1/api-keys': { permission: 'keys.manage' },
  'GET /v1/api-keys/:id': { permission: 'keys.manage' },
  'DELETE /v1/api-keys/:id': { permission: 'keys.manage' },

  'POST /v1/partners': { permission: 'partners.manage' },
  'GET /v1/partners': { permission: 'partners.read', partner: { filtered: true } },
  'GET /v1/partners/:id': { permission: 'partners.read', partner: { partnerParam: 'id' } },

  'POST /v1/customers': { permission: 'customers.enter', partner: { partnerBody: 'required' } },
  'GET /v1/customers': { permission: 'customers.read', partner: { filtered: true } },
  'GET /v1/customers/:id': { permission: 'customers.read', partner: customer },
  'GET /v1/customers/:id/timeline': { permission: 'customers.read', partner: customer },
  'GET /v1/customers/:id/history': { permission: 'customers.read', partner: customer },
  'PATCH /v1/customers/:id': { permission: 'customers.edit', partner: { ...customer, partnerBody: 'optional' } },
  'POST /v1/customers/:id/contact-points': { permission: 'customers.enter', partner: customer },
  'GET /v1/customers/:id/contact-points/:contactPointId': { permission: 'customers.read', partner: customer },
  'DELETE /v1/customers/:id/contact-points/:contactPointId': { permission: 'customers.edit', partner: customer },
  'POST /v1/customers/:id/consents': { permission: 'consents.record', partner: customer },
  'POST /v1/customers/:id/interactions': { permission: 'interactions.record', partner: customer },

  'GET /v1/events': { permission: 'events.read', partner: { filtered: true } },
  'GET /v1/events/stream': { permission: 'events.read', partner: { filtered: true } },

  'GET /v1/customers/:id/consents/at': { permission: 'customers.read', partner: customer },
  'GET /v1/customers/duplicates': { permission: 'customers.merge' },
  'POST /v1/customers/:id/merge': { permission: 'customers.merge' },
  'POST /v1/customers/:id/unmerge': { permission: 'customers.merge' },
  'POST /v1/imports': { permission: 'imports.run' },

  'GET /v1/compliance/subjects/:id/export': { permission: 'compliance.read' },
  'POST /v1/compliance/subjects/:id/erase': { permission: 'compliance.erase' },
  'GET /v1/compliance/access-log': { permission: 'compliance.read' },
  'GET /v1/audit/events': { permission: 'audit.read' },

  // Sales and service records are scoped by their partner (a lead's own, the others' customer's).
  'POST /v1/leads': { permission: 'sales.enter', partner: { partnerBody: 'optional', customerBody: 'referrerCustomerId' } },
  'GET /v1/leads': { permission: 'sales.read', partner: scopedList },
  'GET /v1/leads/:id': { permission: 'sales.read', partner: record('lead') },
  'POST /v1/leads/:id/signals': { permission: 'sales.enter', partner: record('lead') },
  'POST /v1/leads/:id/qualify': { permission: 'sales.edit', partner: record('lead') },
  'POST /v1/leads/:id/disqualify': { permission: 'sales.edit', partner: record('lead') },
  'POST /v1/leads/:id/convert': { permission: 'sales.edit', partner: record('lead') },
  'POST /v1/opportunities': { permission: 'sales.enter', partner: { customerBody: 'customerId', records: [{ kind: 'lead', body: 'leadId' }] } },
  'GET /v1/opportunities': { permission: 'sales.read', partner: scopedList },
  'GET /v1/opportunities/:id': { permission: 'sales.read', partner: record('opportunity') },
  'POST /v1/opportunities/:id/stage': { permission: 'sales.edit', partner: record('opportunity') },
  'POST /v1/opportunities/:id/won': { permission: 'sales.edit', partner: record('opportunity') },
  'POST /v1/opportunities/:id/lost': { permission: 'sales.edit', partner: record('opportunity') },
  'POST /v1/pipelines': { permission: 'sales.configure' },
  'GET /v1/pipelines': { permission: 'sales.read' },
  'GET /v1/pipelines/:id': { permission: 'sales.read' },
  'POST /v1/fx-rates': { permission: 'sales.configure' },
  'GET /v1/fx-rates': { permission: 'sales.read' },
  'GET /v1/lead-scoring-model': { permission: 'sales.read' },
  'PUT /v1/lead-scoring-model': { permission: 'sales.configure' },

  'POST /v1/cases': { permission: 'service.enter', partner: { customerBody: 'customerId' } },
  'GET /v1/cases': { permission: 'service.read', partner: scopedList },
  'GET /v1/cases/:id': { permission: 'service.read', partner: record('case') },
  'POST /v1/cases/:id/assign': { permission: 'service.edit', partner: record('case') },
  'POST /v1/cases/:id/escalate': { permission: 'service.edit', partner: record('case') },
  // respond, resolve, reopen, note: the agent's daily work on a case.
  'POST /v1/cases/:id/:action': { permission: 'service.enter', partner: record('case') },
  'POST /v1/feedback': { permission: 'service.enter', partner: { customerBody: 'customerId', records: [{ kind: 'case', body: 'caseId' }] } },
  'GET /v1/feedback': { permission: 'service.read', partner: scopedList },
  'GET /v1/feedback/:id': { permission: 'service.read', partner: record('feedback') },
  'POST /v1/tasks': { permission: 'service.enter', partner: { customerBody: 'customerId', records: [{ kind: 'case', body: 'caseId' }] } },
  'GET /v1/tasks': { permission: 'service.read', partner: scopedList },
  'GET /v1/tasks/:id': { permission: 'service.read', partner: record('task') },
  'POST /v1/tasks/:id/complete': { permission: 'service.enter', partner: record('task') },
  'POST /v1/sla-policies': { permission: 'service.configure' },
  'GET /v1/sla-policies': { permission: 'service.read' },
  'GET /v1/sla-policies/:id': { permission: 'service.read' },
  'PUT /v1/sla-policies/:id': { permission: 'service.configure' },
  'POST /v1/automation-rules': { permission: 'service.configure' },
  'GET /v1/automation-rules/:id': { permission: 'service.read' },
  'POST /v1/automation-rules/:id/disable': { permission: 'service.configure' },

  // Webhook subscriptions receive the whole log: no partner rule, so partner keys are refused.
  'POST /v1/subscriptions': { permission: 'webhooks.manage' },
  'GET /v1/subscriptions': { permission: 'webhooks.manage' },
  'GET /v1/subscriptions/:id': { permission: 'webhooks.manage' },
  'POST /v1/subscriptions/:id/replay': { permission: 'webhooks.manage' },
  'POST /v1/subscriptions/:id/rotate-secret': { permission: 'webhooks.manage' },
  'GET /v1/subscriptions/:id/dead-letters': { permission: 'webhooks.manage' },
  'POST /v1/subscriptions/:id/dead-letters/replay': { permission: 'webhooks.manage' },
  'DELETE /v1/subscriptions/:id': { permission: 'webhooks.manage' },
  // Segments: a partner key's own (its subtree's) segments, members narrowed to its subtree; others 404.
  'POST /v1/segments': { permission: 'marketing.manage', partner: report },
  'GET /v1/segments': { permission: 'marketing.read', partner: report },
  'GET /v1/segments/:id': { permission: 'marketing.read', partner: report },
  'PATCH /v1/segments/:id': { permission: 'marketing.manage', partner: report },
  'GET /v1/segments/:id/members': { permission: 'marketing.read', partner: report },

  'GET /v1/analytics/lead-funnel': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/lead-scores': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/lead-scores/compare': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/pipeline': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/forecast': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/win-rate': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/service': { permission: 'analytics.read', partner: report },
  'GET /v1/analytics/nps': { permission: 'analytics.read', partner: report },

  // Campaigns and notices: a partner key's own (created under its subtree), reaching only its subtree's customers; others 404.
  'POST /v1/campaigns': { permission: 'marketing.manage', partner: report },
  'GET /v1/campaigns': { permission: 'marketing.read', partner: report },
  'GET /v1/campaigns/:id': { permission: 'marketing.read', partner: report },
  'POST /v1/campaigns/:id/launch': { permission: 'marketing.manage', partner: report },
  'POST /v1/campaigns/:id/responses': { permission: 'marketing.manage', partner: { customerBody: 'customerId', filtered: true } },
  'GET /v1/analytics/campaigns/:id': { permission: 'analytics.read', partner: report },
  'POST /v1/notices': { permission: 'marketing.manage', partner: report },
  'GET /v1/notices': { permission: 'marketing.read', partner: report },
  'GET /v1/notices/:id': { permission: 'marketing.read', partner: report },
};

const ADMIN_ONLY: RouteRule = { permission: 'admin' };

/** HEAD is answered by the GET route (Fastify adds it), so it needs what GET needs. */
export const routeKey = (method: string, url: string): string => `${method === 'HEAD' ? 'GET' : method} ${url}`;

export function ruleFor(method: string, url: string | undefined): RouteRule {
  const key = url === undefined ? '' : routeKey(method, url);
  return Object.hasOwn(ROUTE_RULES, key) ? ROUTE_RULES[key] : ADMIN_ONLY;
}

/** Whether a role may call a route at all; partner keys additionally pass PartnerScope. */
export function allows(role: Role, rule: RouteRule): boolean {
  if (rule.permission === 'public' || rule.permission === 'authenticated') return true;
  if (!GRANTS[role]?.has(rule.permission)) return false;
  return role !== 'partner' || rule.partner !== undefined;
}
