/**
 * Schemas of the answers (components/schemas). Views are read models: the fields named here are
 * always there with these types; a view may carry more (`additionalProperties`), and grows without
 * a breaking change.
 */
type Schema = Record<string, unknown>;

const integer = { type: 'integer', minimum: 0 };
const string = { type: 'string' };
const instant = { type: 'string', format: 'date-time' };

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
  ApiKeyCreated: answerWith('The new key, shown only here', { key: { type: 'string', description: 'The secret; store it now' }, role: string }),
  LeadConverted: answerWith('The lead as a customer (new or matched) and its opportunity', { customerId: string, matchedExisting: { type: 'boolean' }, opportunityId: { type: 'string', nullable: true } }, ['customerId', 'matchedExisting']),
  ScoringModelSaved: answerWith('The saved model and its version', { version: { type: 'integer', minimum: 1 } }),
  ImportReport: view('Counts of the import and the first problems', { imported: integer, invalid: integer, problems: { type: 'array', items: { type: 'object' } }, problemsTruncated: { type: 'boolean' } }),
  Customer: view('The 360° view of a customer', { customerId: string, kind: { type: 'string', enum: ['person', 'organization'] }, revision: integer, position: integer }),
  CustomerEvent: view('One event about a customer, with who, when and why', { type: string, occurredAt: instant, recordedAt: instant, position: integer }),
  ContactPoint: view('A contact point of a customer', { contactPointId: string, customerId: string, type: { type: 'string', enum: ['email', 'phone'] }, value: string, position: integer }),
  ApiKey: view('An API key (never its secret)', { id: string, role: string }),
  CloudEvent: view('A CloudEvents 1.0 event of the log', { specversion: { type: 'string', enum: ['1.0'] }, id: string, source: string, type: string }),
  AccessLogEntry: view('One recorded read of personal data', {}, []),
  ConsentsAt: view('The consents in force at an instant, with the events that prove them', {}, []),
  DuplicateCandidate: view('A likely duplicate pair', {}, []),
  SubjectExport: view('Everything held about a data subject (GDPR access)', {}, []),
  Lead: view('A lead', { leadId: string, position: integer }),
  Opportunity: view('An opportunity', { opportunityId: string, position: integer }),
  Pipeline: view('A pipeline and its stages', { pipelineId: string, position: integer }),
  FxRate: view('An exchange rate valid from a day', {}, []),
  ScoringModel: view('The lead-scoring model in force', {}, []),
  Analytics: view('A pre-aggregated figure set', {}, []),
  Case: view('A service case with its SLA clocks', { caseId: string, position: integer }),
  SlaPolicy: view('An SLA policy', { slaPolicyId: string, position: integer }),
  Feedback: view('A feedback answer (CSAT/NPS)', { position: integer }),
  Task: view('A task', { taskId: string, position: integer }),
  AutomationRule: view('An automation rule', { position: integer }),
  Partner: view('A partner (reseller, branch) in the partner tree', { partnerId: string, position: integer }),
} satisfies Record<string, Schema>;

export type SchemaName = keyof typeof RESPONSE_SCHEMAS;
