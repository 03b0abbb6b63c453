import { given } from '../testing/decider-spec';
import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { membershipDecider, segmentDecider } from './segment.decider';
import { SegmentDefined, SegmentMemberEntered } from './segment.events';

const rule = { all: [{ field: 'country', op: 'eq', value: 'IR' }] };
const defined: SegmentDefined = { type: 'crm.segment.defined', data: { segmentId: 's1', name: 'Iran', rule, ownerPartnerId: null } };

describe('segment decider', () => {
  it('defines a segment with its validated rule', () => {
    given(segmentDecider).when({ type: 'DefineSegment', segmentId: 's1', name: ' Iran ', rule: { all: [{ field: 'country', op: 'eq', value: 'ir' }] }, ownerPartnerId: null }).then([defined]);
  });

  it('refuses an invalid rule and a second definition', () => {
    given(segmentDecider).when({ type: 'DefineSegment', segmentId: 's1', name: 'x', rule: { all: [{ field: 'sql', op: 'eq', value: 1 }] }, ownerPartnerId: null }).thenThrows(InvalidValueError);
    given(segmentDecider, [defined]).when({ type: 'DefineSegment', segmentId: 's1', name: 'x', rule, ownerPartnerId: null }).thenThrows(BusinessRuleError);
  });

  it('a changed rule bumps the rule version; the same rule again changes nothing', () => {
    const next = { any: [{ field: 'lastNps', op: 'gte', value: 9 }] };
    given(segmentDecider, [defined]).when({ type: 'ChangeSegment', segmentId: 's1', rule: next }).then([{ type: 'crm.segment.rule-changed', data: { segmentId: 's1', name: 'Iran', rule: next, ruleVersion: 2 } }]);
    given(segmentDecider, [defined]).when({ type: 'ChangeSegment', segmentId: 's1', rule }).then([]);
    given(segmentDecider).when({ type: 'ChangeSegment', segmentId: 's1', rule }).thenThrows(BusinessRuleError);
  });
});

describe('membership decider: a customer enters or leaves only when the verdict changes', () => {
  const verdict = (matches: boolean) => ({ type: 'EvaluateMembership' as const, segmentId: 's1', customerId: 'c1', matches, ruleVersion: 1, causePosition: 7 });
  const entered: SegmentMemberEntered = { type: 'crm.segment.member-entered', data: { segmentId: 's1', customerId: 'c1', ruleVersion: 1, causePosition: 7 } };

  it('enters on a first match and leaves when it no longer matches', () => {
    given(membershipDecider).when(verdict(true)).then([entered]);
    given(membershipDecider, [entered]).when(verdict(false)).then([{ type: 'crm.segment.member-left', data: entered.data }]);
  });

  it('repeats nothing: a member that still matches, or an outsider that still does not', () => {
    given(membershipDecider, [entered]).when(verdict(true)).then([]);
    given(membershipDecider).when(verdict(false)).then([]);
  });
});
