/**
 * The parts of docs/events.md that are about every event alike (envelope, personal data,
 * versioning). Edit here, then `npm run docs:events`; the per-type sections come from the catalogue.
 */
export const ENVELOPE_AND_RULES = `## The envelope

One envelope for store, fan-out, feed and audit.

| field | meaning |
|---|---|
| \`eventId\` | unique id of the event (UUID); consumers deduplicate on it |
| \`type\` | stable, versioned type name, \`crm.<aggregate>.<fact>\` (e.g. \`crm.customer.registered\`). Routing is by this string, never by class |
| \`schemaVersion\` | version of the \`data\`/\`personal\` shape for this \`type\`, starting at 1 |
| \`streamId\` | the stream the event belongs to, e.g. \`customer-<customerId>\` |
| \`revision\` | 0-based position of the event within its stream (optimistic concurrency, \`ETag\`) |
| \`position\` | global log position, strictly increasing from 1 (read-your-writes, checkpoints) |
| \`occurredAt\` | business time, given by the client: when the fact happened (ISO 8601 UTC) |
| \`recordedAt\` | system time: when the store recorded the event |
| \`subjectId\` | the data subject (customer id) the event is about: the Kafka key and the crypto-shredding key id |
| \`data\` | the non-personal facts, kept forever and usable for analytics |
| \`personal\` | the data subject's personal fields (see below); absent when the event has none |
| \`metadata.actor\` | the principal that caused it (API key id, user id, \`system\`) |
| \`metadata.correlationId\` | ties together everything one request caused |
| \`metadata.causationId\` | the event or command that caused this one, if any |
| \`metadata.idempotencyKey\` | the client's \`Idempotency-Key\`, if given |
| \`metadata.requestHash\` | hash of the request body, to tell a retry from a reused key |
| \`metadata.source\` | \`api\`, \`import\`, \`automation\`, \`cli\` or \`system\` |

The two clocks answer both "what was true on 3 March" (\`occurredAt\`, used by \`?asOf=\`)
and "what did we know on 3 March" (\`recordedAt\`, used by \`?knownAt=\`). Downstream
consumers receive the envelope as CloudEvents 1.0 JSON with \`subject\` = \`subjectId\`
and the extension attribute \`position\`.

## Personal data

\`personal\` holds the fields that identify or describe the data subject: names, email
addresses, phone numbers, postal addresses, external ids, free text written about them
(interaction subjects and summaries, case subjects, messages and notes, task titles and
descriptions, feedback comments), a lead's name, email, phone and company. Which field of which
event is personal is stated once, in the personal-data inventory
(\`libs/privacy/personal-data-inventory.ts\`, docs/compliance.md); a spec fails on a string field
of any declared event type that it does not classify, and the sealer refuses an unclassified
personal field. It is encrypted with a key of its own per subject
(\`subjectId\`), and erasing a subject destroys that key (crypto-shredding): the events stay
in the log, \`data\` stays readable, \`personal\` becomes unreadable. Hence:

- Nothing personal ever goes into \`data\`, \`metadata\` or the stream id.
- \`data\` keeps only what analytics may hold forever: ids, kinds, country, language,
  currency, channels, purposes, stages, amounts, outcomes.
- A consumer must treat \`personal\` as possibly missing (erased subject).

## Versioning

- A \`type\` never changes meaning. A new meaning is a new type.
- Adding an **optional** field is not a new version (consumers ignore what they do not know).
- Renaming, removing or changing a field's type raises \`schemaVersion\`, and an upcaster
  \`n → n+1\` is registered (\`libs/event-store/upcasting.ts\`). Old events are **upcast on
  read** and **never rewritten** in the store: consumers only ever see the latest version.
- An upcaster normally leaves \`personal\` alone: in the store it may be ciphertext the
  upcaster cannot read (see \`UpcastOutput\` in \`libs/event-store/upcasting.ts\`).
`;
