/**
 * What each event type means, in words: the half of the event catalogue that TypeScript cannot
 * say. The other half (the shape of `data` and `personal`) is read from the declarations
 * (declared-schemas.json), and which fields are personal from the personal-data inventory.
 */
export interface EventDescription {
  summary: string;
  /** Overrides the group's stream / subject. */
  stream?: string;
  subject?: string;
  /** Markdown: rules a consumer needs beyond the field list. */
  notes?: string;
  example?: Record<string, unknown>;
}

export interface EventGroup {
  title: string;
  stream: string;
  subject: string;
  intro?: string;
  events: Record<string, EventDescription>;
}

const CONSENT_RULES = `How to read consents (the rules of \`consentInForce\` in \`libs/domain/compliance/consent-in-force.ts\`, which projections may import), taking the events in business-time order (\`occurredAt\`, then log position):

- Records are kept per (purpose, channel). \`any\` stands for every channel of the purpose.
- Granting \`any\` replaces the purpose's per-channel records with "every channel granted"; withdrawing \`any\` withdraws every channel of the purpose.
- Granting or withdrawing a single channel records that channel only; a channel's own record wins over \`any\` (so "any channel but SMS" is expressible).
- Consent for (purpose, channel) is the channel's own record if there is one, else the purpose's \`any\` record, else no.
- Every grant and withdrawal is recorded, even one that repeats what is in force (a later back-dated statement may fall between them); only an exact repeat — same purpose, channel, granted or not, and \`occurredAt\` — appends nothing.`;

const MERGE_NOTES = 'A merge writes `merged-into` then `absorbed` per duplicate; an unmerge `released` then `unmerged`; both steps name the same `mergeId`. A consumer that sees `merged-into` without `absorbed` yet is looking at a merge in progress (or one cut short and completed by a retry). While `merged-into` is in force the customer refuses profile, contact point and consent commands; `crm.customer.erased` is still accepted. Semantics: docs/identity.md.';

const SLA_NOTE = 'Carries `sla`, the clocks after the event.';

export const EVENT_GROUPS: readonly EventGroup[] = [
  {
    title: 'Customer events',
    stream: 'customer-<customerId>',
    subject: 'the customer',
    intro: 'Emitted by `customerDecider` (`libs/domain/customer`). Values are normalised before they are recorded: emails lower-cased, phones in E.164, country ISO 3166-1 alpha-2 upper-case, language BCP 47 canonical, time zone IANA, currency ISO 4217 upper-case, names trimmed and NFC. **Imports** write plain `crm.customer.registered` events, one per row, with `metadata.source` = `import`, `metadata.correlationId` = the import id and ids derived from the row (`apps/api/src/imports/row-identity.ts`), so a re-run appends nothing.',
    events: {
      'crm.customer.registered': {
        summary: 'A customer (person or organisation) was registered, by the API or an import.',
        example: {
          eventId: '0b6c1f0e-5b7a-4a4e-9a53-6f1f8f1b2c01', type: 'crm.customer.registered', schemaVersion: 1, streamId: 'customer-cus-1', revision: 0, position: 1042,
          occurredAt: '2026-03-03T06:30:00.000Z', recordedAt: '2026-03-03T06:30:00.184Z', subjectId: 'cus-1',
          data: { customerId: 'cus-1', kind: 'person', country: 'IR', timeZone: 'Asia/Tehran', preferredLanguage: 'fa-IR', currency: 'IRR' },
          personal: { name: 'سارا احمدی', contactPoints: [{ id: 'cp-1', type: 'email', value: 'sara@example.com' }], addresses: [{ lines: ['Valiasr St 12'], city: 'Tehran', country: 'IR' }], externalRefs: [{ system: 'sap', id: '100042' }] },
          metadata: { actor: 'key-7', correlationId: 'req-91', idempotencyKey: 'reg-cus-1', requestHash: 'sha256:…', source: 'api' },
        },
      },
      'crm.customer.profile-changed': {
        summary: 'Profile fields changed; only the fields that changed are present.',
        notes: '`addresses` and `externalRefs`, when present, replace the whole list. `cleared` names optional fields that were removed; a consumer deletes them.',
      },
      'crm.customer.contact-point-added': { summary: 'An email address or phone number was added (the value is personal).' },
      'crm.customer.contact-point-removed': { summary: 'A contact point was removed.' },
      'crm.customer.consent-granted': { summary: 'The customer consented to contact for a purpose over a channel (or `any`).', notes: CONSENT_RULES },
      'crm.customer.consent-withdrawn': { summary: 'The customer withdrew consent for a purpose over a channel (or `any`).', notes: 'Read with the rules under `crm.customer.consent-granted`.' },
      'crm.customer.erased': {
        summary: "The customer's personal data was erased: the subject key is destroyed right after the event is recorded (docs/compliance.md).",
        notes: 'Appended by `POST /v1/compliance/subjects/{id}/erase` and `crm erase`, for the customer asked for and for every record merged into it. `caseIds`, `taskIds`, `feedbackIds` name the records whose read-model documents copied its personal fields (absent on older events); projections keyed by those ids forget them from this event alone. A repeated erasure appends the event again only when it names records no earlier one named (then only those).',
      },
      'crm.customer.merged-into': { summary: 'On the duplicate: this record was merged into `survivorId`.', notes: MERGE_NOTES },
      'crm.customer.absorbed': { summary: 'On the survivor: the duplicate `duplicateId` was merged into this record.' },
      'crm.customer.released': { summary: 'On the survivor: the first step of an unmerge, `duplicateId` is no longer part of this record.' },
      'crm.customer.unmerged': { summary: 'On the duplicate: the second step of an unmerge, the record stands on its own again.' },
    },
  },
  {
    title: 'Interaction events',
    stream: 'interaction-<interactionId>',
    subject: 'the customer',
    intro: 'Emitted by `interactionDecider` (`libs/domain/interaction`).',
    events: {
      'crm.interaction.recorded': {
        summary: 'A contact with the customer (call, email, chat, visit…) was recorded.',
        notes: 'Every outbound interaction carries in `data.consent` the consent state in force at its `occurredAt`, read from the customer\'s log when the contact was recorded: `purpose`, `channel` (the consent channel checked: `email`, `sms`, `phone` for those interaction channels, `any` for the others), `granted`, `grantedAt` (business time of the deciding grant, or null) and `basis` (`consent`, or `legal`/`service`: sent regardless). Inbound interactions and older events have none. A campaign\'s contacts also carry `data.campaign` (`campaignId`, and `variant` when the campaign has variants); their stream id derives from campaign and customer, so there is at most one per member.',
      },
    },
  },
  {
    title: 'Sales',
    stream: 'see each event',
    subject: 'the customer (an unconverted lead is its own subject)',
    intro: 'Emitted by the deciders of `libs/domain/sales`. Every event about a customer names it in `data.customerId` (opportunity events always; lead events once the lead is converted). Money is `{ amount: "123.45", currency: "EUR" }` (decimal string with the currency\'s minor digits); rates and probabilities are decimal strings.',
    events: {
      'crm.lead.captured': { stream: 'lead-<leadId>', subject: 'the lead', summary: "A lead was captured; it is a data subject of its own, sealed with the lead's key." },
      'crm.lead.signal-recorded': { stream: 'lead-<leadId>', summary: "A buying signal (visit, click, demo request…) of the lead; its time is the envelope's `occurredAt`." },
      'crm.lead.qualified': { stream: 'lead-<leadId>', summary: 'The lead was qualified (`mql` or `sql`), by a user or by its score.' },
      'crm.lead.disqualified': { stream: 'lead-<leadId>', summary: 'The lead was disqualified, with a reason.' },
      'crm.lead.converted': { stream: 'lead-<leadId>', summary: 'The lead became (or was matched to) a customer, optionally with an opportunity; carries the score and its explanation under the model then in force.' },
      'crm.lead.erased': { stream: 'lead-<leadId>', summary: "The lead's personal data was erased (its own request, or its customer's); the lead's key is destroyed right after." },
      'crm.pipeline.created': { stream: 'pipeline-<pipelineId>', subject: 'none', summary: 'A sales pipeline with its ordered stages and their probabilities ("0"–"1").' },
      'crm.opportunity.created': { stream: 'opportunity-<opportunityId>', summary: 'An opportunity was opened for a customer in a pipeline stage.' },
      'crm.opportunity.stage-changed': { stream: 'opportunity-<opportunityId>', summary: 'The opportunity moved from stage `from` to `stage`.' },
      'crm.opportunity.won': { stream: 'opportunity-<opportunityId>', summary: 'The opportunity was won, for `amount`.' },
      'crm.opportunity.lost': { stream: 'opportunity-<opportunityId>', summary: 'The opportunity was lost, with a reason.' },
      'crm.fx.rate-recorded': { stream: 'fx-<BASE>-<QUOTE>', subject: 'none', summary: 'An exchange rate (1 base = rate quote) in force from `effectiveAt`; a second rate for the same pair and instant corrects the first.' },
      'crm.lead-scoring.model-published': { stream: 'lead-scoring-model', subject: 'none', summary: 'A new version of the lead-scoring model (format: docs/sales.md).' },
    },
  },
  {
    title: 'Service events',
    stream: 'see each event',
    subject: 'the customer',
    intro: 'Types in `libs/domain/service/*/`. Free text (case subjects, descriptions, messages, notes, resolutions, reasons, task titles, feedback comments) is in `personal`. Every case event that moves a clock carries `data.sla`, the clocks after the event (business milliseconds; docs/service.md), so consumers never need the calendar: per clock (`firstResponse`, `nextResponse`, `resolution`) `{ state: running|paused|met|stopped, targetMs, usedMs, runningSince, dueAt, warnAt, completedAt, elapsedMs, breachedAt, warnedAt }`. Warnings and breaches are appended by the SLA scheduler (`metadata.actor` = `system:sla-scheduler`) with ids derived from case, clock and due time, so they are recorded once. Events caused by automation (`metadata.source` = `automation`) never trigger automation.',
    events: {
      'crm.sla-policy.defined': { stream: 'sla-policy-<slaPolicyId>', subject: 'the policy', summary: 'An SLA policy: working hours, holidays and targets per priority (ISO 8601 durations of business time).' },
      'crm.sla-policy.changed': { stream: 'sla-policy-<slaPolicyId>', subject: 'the policy', summary: 'The whole corrected definition of an SLA policy, `version` + 1; clocks of open cases are recomputed.' },
      'crm.case.opened': { stream: 'case-<caseId>', summary: 'A case was opened for the customer under an SLA policy.' },
      'crm.case.assigned': { stream: 'case-<caseId>', summary: 'The case was assigned.' },
      'crm.case.responded': { stream: 'case-<caseId>', summary: `The team responded (first response met; a running next response met). ${SLA_NOTE}` },
      'crm.case.waiting-on-customer': { stream: 'case-<caseId>', summary: `The case waits on the customer; running clocks pause. ${SLA_NOTE}` },
      'crm.case.resumed': { stream: 'case-<caseId>', summary: `The customer answered; paused clocks run again. ${SLA_NOTE}` },
      'crm.case.resolved': { stream: 'case-<caseId>', summary: `The case was resolved; every clock still going is met. ${SLA_NOTE}` },
      'crm.case.reopened': { stream: 'case-<caseId>', summary: `The case was reopened; resolution continues from its time used. ${SLA_NOTE}` },
      'crm.case.closed': { stream: 'case-<caseId>', summary: `The case was closed; every clock stops. ${SLA_NOTE}` },
      'crm.case.escalated': { stream: 'case-<caseId>', summary: 'The case was escalated (by a user or an automation rule, `ruleId`); its clocks are retargeted.' },
      'crm.case.sla-warning': { stream: 'case-<caseId>', summary: 'A clock reached its warning point; `occurredAt` = `warnAt`.' },
      'crm.case.sla-breached': { stream: 'case-<caseId>', summary: 'A clock used up its target; `occurredAt` = `dueAt` (when the breach happened, not when it was noticed).' },
      'crm.case.sla-breach-withdrawn': { stream: 'case-<caseId>', summary: 'A recorded breach did not happen: a back-dated fact shows the clock stopped in time (`metAt`); `occurredAt` = that fact\'s business time.' },
      'crm.case.sla-policy-applied': { stream: 'case-<caseId>', summary: "The case's clocks now follow another version of its policy." },
      'crm.feedback.recorded': { stream: 'feedback-<feedbackId>', summary: 'An NPS (0–10) or CSAT (1–5) score, optionally about a case, with an optional comment.' },
      'crm.task.created': { stream: 'task-<taskId>', subject: 'the customer, or the task when it has none', summary: 'A task was created, by a user or an automation rule (`ruleId`, `triggerEventId`).' },
      'crm.task.completed': { stream: 'task-<taskId>', subject: 'the customer, or the task when it has none', summary: 'The task was completed.' },
      'crm.automation.rule-defined': { stream: 'automation-rule-<ruleId>', subject: 'none', summary: 'An automation rule: on an event type, when a MongoDB-style condition matches, create a task, escalate or notify a webhook.' },
      'crm.automation.rule-disabled': { stream: 'automation-rule-<ruleId>', subject: 'none', summary: 'The rule no longer runs.' },
      'crm.automation.action-claimed': { stream: 'automation-run-<runId>', subject: 'none', summary: 'A runner claimed the run until `leaseUntil`; appended at the run stream\'s expected revision, so one runner wins.' },
      'crm.automation.action-executed': { stream: 'automation-run-<runId>', subject: 'the customer, when the trigger has one', summary: 'The outcome of one rule for one triggering event (`causationId` = the trigger), recorded once.' },
    },
  },
  {
    title: 'Campaigns and notices',
    stream: 'see each event',
    subject: 'see each event',
    intro: 'Types in `libs/domain/marketing/campaign*` and `notice*` (docs/marketing.md). A campaign\'s contacts are `crm.interaction.recorded` events (above, `metadata.correlationId` = `campaign-launch:<campaignId>:<launch>`); a notice\'s messages are recorded by the channel adapters, not in the log: the log keeps its progress, one event per dispatched batch.',
    events: {
      'crm.campaign.created': { stream: 'campaign-<campaignId>', subject: 'the campaign', summary: 'A campaign: segment, channel, consent purpose, budget (money) and weighted variants (empty without A/B); `partnerId` when a partner key created it.' },
      'crm.campaign.launch-requested': { stream: 'campaign-<campaignId>', subject: 'the campaign', summary: 'A launch was asked for (`launch` numbers them from 1); the worker contacts the members. Its `occurredAt` is the instant consent is judged at.' },
      'crm.campaign.launch-progressed': {
        stream: 'campaign-<campaignId>', subject: 'the campaign', summary: 'The worker handled one page of members: its counts, and `cursor` (a customer id) where a resumed launch continues.',
      },
      'crm.campaign.launched': {
        stream: 'campaign-<campaignId>', subject: 'the campaign', summary: 'A launch finished: members `contacted` by it, `skippedWithoutConsent` (never contacted), `alreadyContacted` (by an earlier launch) — the sums of its pages.',
      },
      'crm.campaign.response-recorded': {
        stream: 'campaign-response-<responseId>', summary: 'A contacted member responded (`opened`, `clicked`, `replied`, `converted`); a conversion may carry its `value` (money). `variant` is the one the member was contacted with.',
      },
      'crm.notice.requested': { stream: 'notice-<noticeId>', subject: 'the notice', summary: 'A service notice to a segment: `text` per BCP 47 tag, `languages` in the order given (the first is the fallback).' },
      'crm.notice.started': { stream: 'notice-<noticeId>', subject: 'the notice', summary: 'The worker took the notice up; `total` members will get it.' },
      'crm.notice.batch-dispatched': {
        stream: 'notice-<noticeId>', subject: 'the notice', summary: 'A batch of members was handed to the channels: `sent` and `failed`, by channel (`none`: no channel reaches the member) and by language.',
        notes: '`batch` numbers the batches from 1; `lastCustomerId` is the cursor a resumed notice continues after (members are taken in customer-id order). Summing the batches gives the notice\'s progress.',
      },
      'crm.notice.completed': { stream: 'notice-<noticeId>', subject: 'the notice', summary: 'Every member was dispatched: the totals of the batches.' },
    },
  },
  {
    title: 'Compliance',
    stream: 'access-log-<YYYY-MM-DD>',
    subject: 'the one subject read, absent when a read returned several',
    events: {
      'crm.compliance.personal-data-accessed': {
        summary: 'An answer carrying personal data was sent; written before the answer (docs/compliance.md).',
        notes: 'One event per answered read, appended with expected revision `any` to the stream of the UTC day. Ids only: nothing in it is personal, so it survives the subjects\' erasure. `parameters` holds `asOf`, `knownAt`, `purpose`, `channel`, `at` — never search terms. The `audit` read model leaves these events out (reads are not changes).',
      },
    },
  },
  {
    title: 'Segment events',
    stream: 'segment-<segmentId>',
    subject: 'the segment',
    intro: 'Segments (docs/marketing.md): a rule over the 360° view, and a membership the worker keeps live. Definitions are commands of the API; membership changes are appended by the segment-membership background job, once in every deployment (`metadata.actor` = `system:segments`, `metadata.source` = `system`), with event ids derived from segment, customer, cause and verdict so a repeated batch writes nothing twice.',
    events: {
      'crm.segment.defined': { summary: 'A segment was defined: a name and a rule; `ownerPartnerId` is set when a partner key defined it (it then holds customers of that subtree only).' },
      'crm.segment.rule-changed': { summary: 'The segment was renamed or its rule changed; `ruleVersion` counts from 1 (the definition). The worker evaluates the new rule over every customer.' },
      'crm.segment.member-entered': {
        stream: 'segment-<segmentId>-member-<customerId>', subject: 'the customer',
        summary: 'The customer now matches the segment\'s rule. `occurredAt` is the business time of the event that made it match (`causePosition`: a change of the customer\'s 360° view, or the rule itself).',
        notes: 'Entered and left alternate per segment and customer, starting with entered. Members as of a date fold these events in business-time order (`GET /v1/segments/{id}/members?asOf=`).',
      },
      'crm.segment.member-left': { stream: 'segment-<segmentId>-member-<customerId>', subject: 'the customer', summary: 'The customer no longer matches the segment\'s rule (or was merged into another, or erased); `occurredAt` and `causePosition` as for entered.' },
    },
  },
  {
    title: 'Partners and security',
    stream: 'see each event',
    subject: 'none',
    events: {
      'crm.partner.registered': { stream: 'partner-<partnerId>', subject: 'the partner', summary: 'A partner (bottler, distributor, retailer) below `parentId`; `ancestors` run from the root down to the parent.' },
      'crm.access.api-key-created': { stream: 'api-key-<keyId>', summary: 'An API key was created; `secretHash` is an argon2id PHC string (keys created earlier carry SHA-256 hex).' },
      'crm.access.api-key-revoked': { stream: 'api-key-<keyId>', summary: 'The API key stopped working.' },
      'crm.security.authentication-failed': {
        stream: 'security-<eventId>', summary: 'Requests failed authentication (throttled and aggregated per client and reason; docs/security.md).',
        notes: '`metadata.actor` is `anonymous`, or the key (`key:<id>`) or JWT subject (`jwt:<sub>`) the request claimed; a flood writes a bounded number of events (`aggregated`: `first`, `repeats`, `overflow`).',
      },
      'crm.security.access-denied': { stream: 'security-<eventId>', summary: 'Authenticated requests were refused (aggregated per actor and route).' },
    },
  },
];
