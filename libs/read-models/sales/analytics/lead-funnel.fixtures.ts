import { EventEnvelope } from '../../../event-store/envelope';
import { SalesLog } from '../sales-events.fixtures';

const START = Date.parse('2024-01-01T00:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

/** 1,200 leads over 200 days from 4 sources, 12 campaigns, 3 countries (some none); some reach MQL, SQL, are converted or disqualified, in a shuffled log. */
export function leadLog(): EventEnvelope[] {
  const log = new SalesLog();
  let seed = 3;
  const r = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const perLead: EventEnvelope[][] = [];
  for (let l = 0; l < 1200; l++) {
    const id = `l${l}`;
    const captured = START + Math.floor(r() * 200 * 86_400_000);
    const events = [log.captured(id, at(captured), { source: ['web', 'event', 'partner', 'referral'][l % 4], campaignId: `cmp${l % 12}`,
      ...(l % 4 ? { country: ['IR', 'DE', 'JP'][l % 3] } : {}), ...(l % 5 === 0 ? { partnerId: `p${l % 3}` } : {}) })];
    let t = captured;
    if (r() < 0.6) events.push(log.lead(id, 'qualified', { level: 'mql', by: 'user' }, at((t += Math.floor(r() * 20 * 86_400_000)))));
    if (r() < 0.4) events.push(log.lead(id, 'qualified', { level: 'sql', by: 'user' }, at((t += Math.floor(r() * 20 * 86_400_000)))));
    if (r() < 0.15) events.push(log.lead(id, 'disqualified', { reason: 'no budget' }, at(t + 86_400_000)));
    else if (r() < 0.2) events.push(log.lead(id, 'converted', { customerId: `c${l}`, stage: 'opportunity' }, at(t + 5 * 86_400_000)));
    perLead.push(events);
  }
  // Leads' events interleave in the log as they would in a store; positions renumbered in log order.
  const merged: EventEnvelope[] = [];
  while (perLead.some((events) => events.length)) for (const events of perLead) if (events.length && r() < 0.5) merged.push(events.shift()!);
  return merged.map((event, i) => ({ ...event, position: i + 1 }));
}

