import { EnvelopeLog } from '../testing/event-fixtures';
import { given } from '../testing/projection-spec';
import { memberAsOf, memberDocId, SegmentMemberDoc, segmentMembersProjection } from './segment-members.projection';

describe('segment-members projection: who is in a segment, now and as of a business time', () => {
  const log = new EnvelopeLog();
  const change = (kind: 'entered' | 'left', customerId: string, occurredAt: string) =>
    log.event(`segment-s1-member-${customerId}`, `crm.segment.member-${kind}`, { segmentId: 's1', customerId, ruleVersion: 1, causePosition: 1 }, undefined, occurredAt);
  const events = [
    change('entered', 'c1', '2026-04-01T00:00:00.000Z'),
    change('entered', 'c2', '2026-04-10T00:00:00.000Z'),
    change('left', 'c1', '2026-04-20T00:00:00.000Z'),
    change('entered', 'c1', '2026-05-01T00:00:00.000Z'),
  ];

  it('holds the current membership with the business time of the entry in force', () => {
    const docs = given(segmentMembersProjection, events);
    expect(docs.get(memberDocId('s1', 'c1'))).toMatchObject({ segmentId: 's1', customerId: 'c1', member: true, enteredAt: '2026-05-01T00:00:00.000Z', firstEnteredAt: '2026-04-01T00:00:00.000Z' });
    expect(docs.get(memberDocId('s1', 'c2'))).toMatchObject({ member: true, enteredAt: '2026-04-10T00:00:00.000Z' });
  });

  it('answers membership as of a date from the changes in business-time order', () => {
    const c1 = given(segmentMembersProjection, events).get(memberDocId('s1', 'c1')) as SegmentMemberDoc;
    expect(memberAsOf(c1, '2026-03-31T00:00:00.000Z')).toEqual({ member: false, enteredAt: null });
    expect(memberAsOf(c1, '2026-04-05T00:00:00.000Z')).toEqual({ member: true, enteredAt: '2026-04-01T00:00:00.000Z' });
    expect(memberAsOf(c1, '2026-04-25T00:00:00.000Z')).toEqual({ member: false, enteredAt: null });
    expect(memberAsOf(c1, '2026-06-01T00:00:00.000Z')).toEqual({ member: true, enteredAt: '2026-05-01T00:00:00.000Z' });
  });

  it('a back-dated exit recorded later takes effect at its own business time', () => {
    const backDated = [change('entered', 'c3', '2026-04-01T00:00:00.000Z'), change('left', 'c3', '2026-03-15T00:00:00.000Z')];
    const c3 = given(segmentMembersProjection, backDated).get(memberDocId('s1', 'c3')) as SegmentMemberDoc;
    expect(c3.member).toBe(false);
    expect(memberAsOf(c3, '2026-04-05T00:00:00.000Z')).toEqual({ member: true, enteredAt: '2026-04-01T00:00:00.000Z' });
  });

  it('replaying the same events changes nothing', () => {
    expect(given(segmentMembersProjection, [...events, ...events])).toEqual(given(segmentMembersProjection, events));
  });
});
