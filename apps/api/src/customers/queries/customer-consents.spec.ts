import fc from 'fast-check';
import { consentInForce } from '../../../../../libs/domain/compliance/consent-in-force';
import { CONSENT_CHANNELS } from '../../../../../libs/domain/customer/consents';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { CustomerEvent } from '../../../../../libs/domain/customer/customer.events';
import { fold } from '../../../../../libs/domain/shared/decider';
import { EventEnvelope } from '../../../../../libs/event-store/envelope';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { customer360Projection } from '../../../../../libs/read-models/customer/customer-360.projection';
import { EnvelopeLog } from '../../../../../libs/read-models/testing/event-fixtures';
import { given } from '../../../../../libs/read-models/testing/projection-spec';
import { withConsentsAt } from './customer-consents';
import { CustomerView } from './customer.queries';
import { toView } from './customer-view';

const PURPOSES = ['marketing', 'analytics'] as const;
const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
/** Instants on a small grid, so facts share times and land before, on and after each other. */
const instant = fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom('09:00', '12:00')).map(([day, time]) => `${day}T${time}:00.000Z`);
const consentStep = fc.record({
  granted: fc.boolean(),
  purpose: fc.constantFrom(...PURPOSES),
  // A specific channel against the purpose-wide `any`, as often as each other.
  channel: fc.oneof(fc.constantFrom('email', 'sms'), fc.constant('any')),
  occurredAt: instant,
});

type ConsentStep = { granted: boolean; purpose: string; channel: string; occurredAt: string };

function logOf(steps: ConsentStep[]): EventEnvelope[] {
  const log = new EnvelopeLog();
  return [
    log.customer('c1', 'registered', { kind: 'person' }, { name: 'Jane Roe', contactPoints: [], addresses: [], externalRefs: [] }, '2026-02-01T00:00:00.000Z'),
    ...steps.map((s) => log.customer('c1', s.granted ? 'consent-granted' : 'consent-withdrawn', { purpose: s.purpose, channel: s.channel }, undefined, s.occurredAt)),
  ];
}

/** What a reader of the 360° view concludes for a purpose and channel: its own line, else the purpose's `any` line, else no consent. */
function viewSays(view: CustomerView, purpose: string, channel: string): boolean {
  const lines = view.consents as { key: string; granted: boolean }[];
  return (lines.find((l) => l.key === `${purpose}:${channel}`) ?? lines.find((l) => l.key === `${purpose}:any`))?.granted ?? false;
}

/** Every instant that matters: each fact's, just before and just after. */
const instantsOf = (events: EventEnvelope[]) =>
  [...new Set(events.flatMap((e) => [e.occurredAt, new Date(Date.parse(e.occurredAt) - 1).toISOString(), new Date(Date.parse(e.occurredAt) + 1).toISOString()]))];

/** The live view as GET /v1/customers/{id} answers it at `at`: the projected document, answered at that instant. */
const liveViewAt = (doc: Doc, at: string) => withConsentsAt({ ...toView(doc), consentFacts: doc.consentFacts } as CustomerView, at);

/** The view as GET …?asOf=at answers it: the customer's events up to `at` folded in business-time order. */
function asOfView(events: EventEnvelope[], at: string): CustomerView {
  const upTo = events.filter((e) => e.occurredAt <= at).sort((a, b) => (a.occurredAt === b.occurredAt ? a.position - b.position : a.occurredAt < b.occurredAt ? -1 : 1));
  const doc = upTo.reduce<Doc | null>((d, e) => ({ ...customer360Projection.evolve(d, e, 'c1')!, _position: e.position }) as Doc, null)!;
  return liveViewAt(doc, at);
}

/**
 * Sends each step as a command through the customer decider, as the executor does (fold the
 * stored envelopes, decide at the command's business time, append what was decided).
 */
function logThroughDecider(steps: ConsentStep[]): EventEnvelope[] {
  const log = new EnvelopeLog();
  const history = [log.customer('c1', 'registered', { kind: 'person' }, { name: 'Jane Roe', contactPoints: [], addresses: [], externalRefs: [] }, '2026-02-01T00:00:00.000Z')];
  for (const s of steps) {
    const command = { type: s.granted ? 'GrantConsent' : 'WithdrawConsent', customerId: 'c1', purpose: s.purpose, channel: s.channel } as const;
    const decided = customerDecider.decide(command, fold(customerDecider, history as unknown as CustomerEvent[]), { now: s.occurredAt, newId: () => 'unused' });
    history.push(...decided.map((e) => log.event('customer-c1', e.type, e.data as Record<string, unknown>, undefined, s.occurredAt)));
  }
  return history;
}

/** What the commands meant: every statement once (an exact repeat says nothing new), in the order first said. */
const intendedFacts = (steps: ConsentStep[]) =>
  logOf(steps.filter((s, i) => steps.findIndex((t) => t.purpose === s.purpose && t.channel === s.channel && t.granted === s.granted && t.occurredAt === s.occurredAt) === i));

describe('one consent truth: the 360° view and consents/at agree', () => {
  it('for random grant and withdraw commands through the decider, back-dated, repeated or not: the view says what consentInForce says over the facts the commands meant, at every instant', () => {
    // Repeats are likely: few purposes, channels and instants, up to 16 commands.
    fc.assert(
      fc.property(fc.array(consentStep, { minLength: 1, maxLength: 16 }), (steps) => {
        const recorded = logThroughDecider(steps);
        const intended = intendedFacts(steps);
        const doc = given(customer360Projection, recorded).get('c1')!;
        for (const at of instantsOf(intended.slice(1))) {
          const live = liveViewAt(doc, at);
          const then = asOfView(recorded, at);
          for (const purpose of PURPOSES) {
            for (const channel of CONSENT_CHANNELS) {
              const truth = consentInForce(intended, purpose, channel, at).granted;
              expect({ at, purpose, channel, live: viewSays(live, purpose, channel), asOf: viewSays(then, purpose, channel) }).toEqual({ at, purpose, channel, live: truth, asOf: truth });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a grant repeated later once a withdrawal is back-dated between the two', () => {
    const recorded = logThroughDecider([
      { granted: true, purpose: 'marketing', channel: 'email', occurredAt: '2026-03-01T09:00:00.000Z' },
      { granted: true, purpose: 'marketing', channel: 'email', occurredAt: '2026-03-03T09:00:00.000Z' },
      { granted: false, purpose: 'marketing', channel: 'email', occurredAt: '2026-03-02T09:00:00.000Z' },
    ]);
    const view = liveViewAt(given(customer360Projection, recorded).get('c1')!, '2026-03-04T00:00:00.000Z');
    expect(view.consents).toEqual([expect.objectContaining({ key: 'marketing:email', granted: true, at: '2026-03-03T09:00:00.000Z' })]);
  });


  it('for every purpose × channel at every instant, over random grants and withdrawals on channels and on any, back-dated or not', () => {
    fc.assert(
      fc.property(fc.array(consentStep, { minLength: 1, maxLength: 12 }), (steps) => {
        const events = logOf(steps);
        const doc = given(customer360Projection, events).get('c1')!;
        for (const at of instantsOf(events.slice(1))) {
          const live = liveViewAt(doc, at);
          const then = asOfView(events, at);
          for (const purpose of PURPOSES) {
            for (const channel of CONSENT_CHANNELS) {
              const truth = consentInForce(events, purpose, channel, at).granted;
              expect({ at, purpose, channel, live: viewSays(live, purpose, channel), asOf: viewSays(then, purpose, channel) }).toEqual({ at, purpose, channel, live: truth, asOf: truth });
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows marketing by email withdrawn once marketing on any channel is withdrawn', () => {
    const events = logOf([
      { granted: true, purpose: 'marketing', channel: 'email', occurredAt: '2026-03-01T09:00:00.000Z' },
      { granted: false, purpose: 'marketing', channel: 'any', occurredAt: '2026-03-02T09:00:00.000Z' },
    ]);
    const view = liveViewAt(given(customer360Projection, events).get('c1')!, '2026-03-03T00:00:00.000Z');
    expect(view.consents).toEqual([
      expect.objectContaining({ key: 'marketing:any', granted: false, decidedBy: 'any' }),
      expect.objectContaining({ key: 'marketing:email', granted: false, decidedBy: 'any', at: '2026-03-02T09:00:00.000Z' }),
    ]);
    expect(view).not.toHaveProperty('consentFacts');
  });
});
