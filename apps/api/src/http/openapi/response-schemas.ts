/**
 * Schemas of the answers (components/schemas). Views are read models: the fields named here are
 * always there with these types; a view may carry more (`additionalProperties`), and grows without
 * a breaking change.
 */
type Schema = Record<string, unknown>;

const integer = { type: 'integer', minimum: 0 };
const string = { type: 'string' };
const instant = { type: 'string', format: 'date-time' };
const nullableString = { type: 'string', nullable: true };
/** Amounts and fractions travel as decimal strings, never binary floats. */
const decimal = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' };
const money = { type: 'object', required: ['amount', 'currency'], properties: { amount: decimal, currency: string } };

const view = (description: string, properties: Record<string, Schema>, required = Object.keys(properties)): Schema =>
  ({ type: 'object', description, required, properties, additionalProperties: true });

const commandAnswer = {
  id: { type: 'string', description: 'The id of the entity the command was about (or created)' },
  revision: { ...integer, description: 'The entity stream revision after the command (the ETag)' },
  position: { ...integer, description: 'The log position of the last event written; send it as X-Min-Position to read your write' },
};
const answerWith = (description: string, extra: Record<string, Schema>, required: string[] = Object.keys(extra)) =>
  ({ type: 'object', description, required: ['id', 'revision', 'position', ...required], properties: { ...commandAnswer, ...extra }, additionalProperties: false });

export const RESPONSE_SCHEMAS = {
  Problem: {
    type: 'object', description: 'RFC 9457 problem details (application/problem+json)', required: ['type', 'title', 'status'], additionalProperties: true,
    properties: {
      type: { type: 'string', description: 'A stable URI to switch on' }, title: string, status: { type: 'integer', minimum: 400, maximum: 599 }, detail: string,
      errors: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: string, message: string } } },
    },
  },
  CommandAnswer: { type: 'object', required: ['id', 'revision', 'position'], properties: commandAnswer, additionalProperties: false },
  ContactPointAdded: answerWith('The command answer and the id of the new contact point (absent when it already existed)', { contactPointId: string }, []),
  SubscriptionCreated: answerWith('The new subscription and its signing secret, shown only here', { secret: { type: 'string', pattern: '^whsec_', description: 'Standard Webhooks secret; store it now' } }),
  SecretRotated: answerWith('The new signing secret, shown only here, and until when the previous one still signs', { secret: { type: 'string', pattern: '^whsec_' }, previousSecretValidUntil: instant }),
  ApiKeyCreated: answerWith('The new key, shown only here', { key: { type: 'string', description: 'The secret; store it now' }, role: string }),
  LeadConverted: answerWith('The lead as a customer (new or matched) and its opportunity', { customerId: string, matchedExisting: { type: 'boolean' }, opportunityId: { type: 'string', nullable: true } }, ['customerId', 'matchedExisting']),
  ScoringModelSaved: answerWith('The saved model and its version', { version: { type: 'integer', minimum: 1 } }),
  ImportReport: view('Counts of the import and the first problems', { imported: integer, invalid: integer, problems: { type: 'array', items: { type: 'object' } }, problemsTruncated: { type: 'boolean' } }),
  Customer: view('The 360° view of a customer', {
    customerId: string, kind: { type: 'string', enum: ['person', 'organization'] }, name: string,
    emails: { type: 'array', items: string }, phones: { type: 'array', items: string }, country: nullableString, currency: nullableString,
    timeZone: nullableString, preferredLanguage: nullableString, partnerId: nullableString, revision: integer, position: integer,
  }),
  CustomerEvent: view('One event about a customer, with who, when and why', { eventId: string, position: integer, type: string, streamId: string, actor: string, source: string, occurredAt: instant, recordedAt: instant }),
  ContactPoint: view('A contact point of a customer', { contactPointId: string, customerId: string, type: { type: 'string', enum: ['email', 'phone'] }, value: string, position: integer }),
  Me: view('Who the calling key (or token) is: what the console shows follows the role', { role: string, name: string, partnerId: nullableString, kind: { type: 'string', enum: ['api-key', 'jwt'] } }),
  ApiKey: view('An API key (never its secret)', { keyId: string, role: string, name: string, partnerId: nullableString, createdAt: instant, revokedAt: { ...instant, nullable: true }, position: integer }),
  CloudEvent: view('A CloudEvents 1.0 event of the log', { specversion: { type: 'string', enum: ['1.0'] }, id: string, source: string, type: string, time: instant, data: { type: 'object' } }),
  AccessLogEntry: view('One recorded read of personal data', { id: string, subjectId: string, actor: string, kind: string, route: string, at: instant, position: integer }),
  ConsentsAt: view('The consent in force at an instant and the event that decided it', { customerId: string, purpose: string, channel: string, granted: { type: 'boolean' } }),
  DuplicateCandidate: view('A likely duplicate pair', { customerIds: { type: 'array', items: string }, score: { type: 'number' }, reasons: { type: 'array', items: { type: 'object' } } }),
  SubjectExport: view('Everything held about a data subject (GDPR access)', { subjectId: string, kind: string, exportedAt: instant, erased: { type: 'boolean' } }),
  Lead: view('A lead', { leadId: string, name: nullableString, email: nullableString, phone: nullableString, source: nullableString, status: string, stage: string, capturedAt: instant, partnerId: nullableString, position: integer }),
  Opportunity: view('An opportunity', { opportunityId: string, customerId: string, pipelineId: string, name: string, amount: money, stage: string, probability: decimal, status: string, partnerId: nullableString, position: integer }),
  Pipeline: view('A pipeline and its stages', { pipelineId: string, name: string, stages: { type: 'array', items: { type: 'object', required: ['name', 'probability'], properties: { name: string, probability: decimal } } }, position: integer }),
  FxRate: view('An exchange rate valid from an instant', { fxRateId: string, base: string, quote: string, rate: decimal, effectiveAt: instant, position: integer }),
  ScoringModel: view('The lead-scoring model in force', { version: { type: 'integer', minimum: 1 }, model: { type: 'object' }, publishedAt: instant }),
  LeadFunnel: view('Lead funnel: conversion between stages per cohort group', { asOf: instant, stages: { type: 'array', items: string }, groups: { type: 'array', items: { type: 'object' } } }),
  PipelineReport: view('Open pipeline, raw and weighted by stage probability', { asOf: instant, pipelines: { type: 'array', items: { type: 'object' } }, totals: { type: 'object' } }),
  Forecast: view('Won, open and weighted amounts per month', { asOf: instant, months: { type: 'array', items: { type: 'object' } }, totals: { type: 'object' } }),
  WinRate: view('Won against lost per pipeline', { asOf: instant, pipelines: { type: 'array', items: { type: 'object' } }, overall: { type: 'object' } }),
  LeadScores: view('Leads ranked by their live score', { at: instant, modelVersion: { type: 'integer', nullable: true }, leads: integer, items: { type: 'array', items: { type: 'object' } } }),
  LeadScoreComparison: view('Two model versions scored side by side', { at: instant, modelA: integer, modelB: integer, leads: integer, items: { type: 'array', items: { type: 'object' } } }),
  ServiceKpis: view('Service KPIs in business minutes', { asOf: instant, unit: string, overall: { type: 'object' } }),
  Nps: view('NPS and CSAT over a period', { asOf: instant, period: string, overall: { type: 'object' }, trend: { type: 'array', items: { type: 'object' } } }),
  Case: view('A service case with its SLA clocks', { caseId: string, customerId: string, status: string, priority: string, channel: string, subject: string, assignee: nullableString, breached: { type: 'boolean' }, partnerId: nullableString, position: integer }),
  SlaPolicy: view('An SLA policy', { slaPolicyId: string, name: string, version: integer, timeZone: string, workingHours: { type: 'object' }, holidays: { type: 'array', items: string }, targets: { type: 'object' }, position: integer }),
  Feedback: view('A feedback answer (CSAT/NPS)', { feedbackId: string, customerId: string, kind: { type: 'string', enum: ['nps', 'csat'] }, score: { type: 'number' }, submittedAt: instant, partnerId: nullableString, position: integer }),
  Task: view('A task', { taskId: string, title: string, status: string, assignee: nullableString, dueAt: { ...instant, nullable: true }, createdAt: instant, partnerId: nullableString, position: integer }),
  AutomationRule: view('An automation rule', { ruleId: string, name: string, on: string, action: { type: 'object' }, enabled: { type: 'boolean' }, position: integer }),
  Subscription: view('A webhook subscription and its delivery state', {
    subscriptionId: string, url: string, types: { type: 'array', items: string }, fromPosition: integer, status: { type: 'string', enum: ['active', 'deleted'] }, createdAt: instant, position: integer,
    delivery: { type: 'object', required: ['position', 'delivered', 'deadLettered', 'consecutiveFailures'], properties: { position: integer, delivered: integer, deadLettered: integer, consecutiveFailures: integer, lastDeliveredAt: { ...instant, nullable: true }, lastError: nullableString } },
  }),
  DeadLetter: view('A message parked after its last retry failed', { subscriptionId: string, position: integer, eventId: string, type: string, messageId: string, attempts: integer, lastError: string, parkedAt: instant }),
  Partner: view('A partner (reseller, branch) in the partner tree', { partnerId: string, name: string, kind: string, parentId: nullableString, path: { type: 'array', items: string }, position: integer }),
  Campaign: view('A campaign and the answers of its launches', { campaignId: string, name: string, segmentId: string, channel: string, purpose: string, budget: money, variants: { type: 'array', items: { type: 'object', required: ['name', 'weight'], properties: { name: string, weight: integer } } }, partnerId: nullableString, launches: { type: 'array', items: { type: 'object' } }, position: integer }),
  CampaignLaunch: { type: 'object', description: 'What a launch did (status completed) or has done so far (running): members contacted by it, members without consent (never contacted), members an earlier launch contacted', required: ['launch', 'status', 'contacted', 'skippedWithoutConsent', 'alreadyContacted', 'position'], additionalProperties: false, properties: { launch: { type: 'integer', minimum: 1 }, status: { type: 'string', enum: ['completed', 'running'] }, contacted: integer, skippedWithoutConsent: integer, alreadyContacted: integer, position: integer } },
  CampaignAnalytics: view('Campaign ROI in one currency as of an instant, overall and by variant', { campaignId: string, asOf: instant, currency: string, contacted: integer, responded: integer, converted: integer, cost: money, revenue: money, roi: { ...decimal, nullable: true }, byVariant: { type: 'array', items: { type: 'object', required: ['variant', 'contacted', 'responded', 'converted', 'cost', 'revenue', 'roi'], properties: { variant: string, contacted: integer, responded: integer, converted: integer, cost: money, revenue: money, roi: { ...decimal, nullable: true } } } }, rates: { type: 'array', items: { type: 'object' } } }),
  Notice: view('A service notice and its progress', { noticeId: string, segmentId: string, status: { type: 'string', enum: ['queued', 'running', 'completed'] }, total: { ...integer, nullable: true }, sent: integer, failed: integer, byChannel: { type: 'object' }, byLanguage: { type: 'object' }, languages: { type: 'array', items: string }, position: integer }),
  Segment: view('A segment: a rule over the 360° view; membership is kept live by the worker', { segmentId: string, name: string, rule: { type: 'object' }, ruleVersion: { type: 'integer', minimum: 1 }, ownerPartnerId: nullableString, definedAt: instant, changedAt: instant, position: integer }),
  SegmentMember: view('A member of a segment and when it entered (business time)', { customerId: string, enteredAt: instant }),
} satisfies Record<string, Schema>;

export type SchemaName = keyof typeof RESPONSE_SCHEMAS;
