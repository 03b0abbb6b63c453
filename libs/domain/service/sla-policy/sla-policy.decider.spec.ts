import { BusinessRuleError, InvalidValueError, NotFoundError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { DefineSlaPolicy } from './sla-policy.commands';
import { slaPolicyDecider } from './sla-policy.decider';
import { SlaPolicyEvent } from './sla-policy.events';

const define: DefineSlaPolicy = {
  type: 'DefineSlaPolicy', slaPolicyId: 'pol-1', name: 'Tehran support', timeZone: 'Asia/Tehran',
  workingHours: { sat: [['08:00', '16:00']], sun: [['08:00', '16:00']] }, holidays: ['2026-03-21'],
  targets: { high: { firstResponse: 'pt1h', resolution: 'PT8H' }, low: { resolution: 'PT40H' } },
};

const defined: SlaPolicyEvent = {
  type: 'crm.sla-policy.defined',
  data: {
    slaPolicyId: 'pol-1', name: 'Tehran support', version: 1, timeZone: 'Asia/Tehran',
    workingHours: { sun: [['08:00', '16:00']], sat: [['08:00', '16:00']] }, holidays: ['2026-03-21'],
    targets: { high: { firstResponse: 'PT1H', resolution: 'PT8H' }, low: { resolution: 'PT40H' } },
  },
};

describe('SLA policies', () => {
  it('defines a policy with its calendar and targets in business time', () => {
    given(slaPolicyDecider).when(define).then([defined]);
  });

  it('records a correction as the whole new definition with the next version', () => {
    given(slaPolicyDecider, [defined])
      .when({ ...define, type: 'ChangeSlaPolicy', holidays: ['2026-03-21', '2026-03-22'] })
      .thenMatches([{ type: 'crm.sla-policy.changed', data: { version: 2, holidays: ['2026-03-21', '2026-03-22'] } }]);
  });

  it('records nothing when a correction restates the policy in force', () => {
    given(slaPolicyDecider, [defined]).when({ ...define, type: 'ChangeSlaPolicy' }).then([]);
  });

  it('refuses to define the same policy twice', () => {
    given(slaPolicyDecider, [defined]).when(define).thenThrows(BusinessRuleError);
  });

  it('refuses to correct a policy that was never defined', () => {
    given(slaPolicyDecider).when({ ...define, type: 'ChangeSlaPolicy' }).thenThrows(NotFoundError);
  });

  it('names every bad target: unknown priority, unknown clock, a duration in days', () => {
    given(slaPolicyDecider)
      .when({ ...define, targets: { critical: {}, high: { firstReply: 'PT1H', resolution: 'P1D' } } })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'targets' })] });
    given(slaPolicyDecider)
      .when({ ...define, targets: { high: { firstReply: 'PT1H' }, low: { resolution: 'P1D' } } })
      .thenThrows(InvalidValueError, { errors: [expect.objectContaining({ field: 'targets.high' }), expect.objectContaining({ field: 'targets.low.resolution' })] });
  });
});
