import { EventEnvelope } from '../../event-store/envelope';

const START = Date.parse('2025-01-01T00:00:00.000Z');
const COUNTRIES = ['IR', 'DE', null];
const PARTNERS = ['p1', 'p2', 'p3', null];

/** 3,000 answers over 400 days, at odd instants, some without country or partner, NPS and CSAT mixed; deterministic. */
export function feedbackLog(): EventEnvelope[] {
  let seed = 11;
  const r = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  return Array.from({ length: 3000 }, (_, i) => {
    const kind = r() < 0.7 ? 'nps' : 'csat';
    const occurredAt = new Date(START + Math.floor(r() * 400 * 86_400_000)).toISOString();
    const data = { feedbackId: `fb${i}`, customerId: `c${i % 50}`, kind, score: kind === 'nps' ? Math.floor(r() * 11) : 1 + Math.floor(r() * 5),
      ...(COUNTRIES[i % 3] ? { country: COUNTRIES[i % 3] } : {}), ...(PARTNERS[i % 4] ? { partnerId: PARTNERS[i % 4] } : {}) };
    return { position: i + 1, eventId: `e${i}`, type: 'crm.feedback.recorded', schemaVersion: 1, streamId: `feedback-fb${i}`, streamVersion: 1,
      data, occurredAt, recordedAt: occurredAt, metadata: { actor: 'spec', correlationId: 'spec', source: 'api' }, subjectId: data.customerId } as unknown as EventEnvelope;
  }).sort((a, b) => a.position - b.position);
}

