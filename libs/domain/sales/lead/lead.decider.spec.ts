import { BusinessRuleError, InvalidValueError, NotFoundError } from '../../shared/errors';
import { given } from '../../testing/decider-spec';
import { leadDecider } from './lead.decider';
import { captureReza, converted, leadId, rezaCaptured } from './lead.fixtures';

describe('lead capture', () => {
  it('keeps contact details personal and fit attributes as data', () => {
    given(leadDecider).when(captureReza).then([rezaCaptured]);
  });

  it('starts a newsletter-only subscription at the subscriber stage', () => {
    given(leadDecider).when({ ...captureReza, subscriberOnly: true }).thenMatches([{ data: { stage: 'subscriber' } }]);
  });

  it('refuses a lead that cannot be followed up (no email, no phone)', () => {
    given(leadDecider).when({ ...captureReza, email: undefined, phone: undefined }).thenThrows(InvalidValueError);
  });

  it('refuses to capture the same lead twice', () => {
    given(leadDecider, [rezaCaptured]).when(captureReza).thenThrows(BusinessRuleError);
  });
});

describe('lead signals and qualification', () => {
  it('records a signal with an id from the context', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'RecordSignal', leadId, kind: 'web_visit' })
      .then([{ type: 'crm.lead.signal-recorded', data: { leadId, signalId: 'id-1', kind: 'web_visit' } }]);
  });

  it('marketing-qualifies a lead whose score reaches the model threshold, naming score and model', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'RecordSignal', leadId, kind: 'demo_request', scoreAfter: { score: 42.5, modelVersion: 3, mqlThreshold: 40 } })
      .thenMatches([{ type: 'crm.lead.signal-recorded' }, { type: 'crm.lead.qualified', data: { leadId, level: 'mql', by: 'score', score: 42.5, modelVersion: 3 } }]);
  });

  it('does not qualify by score below the threshold', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'RecordSignal', leadId, kind: 'email_open', scoreAfter: { score: 12, modelVersion: 3, mqlThreshold: 40 } })
      .thenMatches([{ type: 'crm.lead.signal-recorded' }]);
  });

  it('refuses an unknown signal kind and a signal for an unknown lead', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'RecordSignal', leadId, kind: 'telepathy' }).thenThrows(InvalidValueError);
    given(leadDecider).when({ type: 'RecordSignal', leadId, kind: 'call' }).thenThrows(NotFoundError);
  });

  it('sales-qualifies by default, with the reason, and does nothing when already qualified that far', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'QualifyLead', leadId, reason: 'budget confirmed' })
      .then([{ type: 'crm.lead.qualified', data: { leadId, level: 'sql', by: 'user', reason: 'budget confirmed' } }]);
    const sql = { type: 'crm.lead.qualified' as const, data: { leadId, level: 'sql' as const, by: 'user' as const } };
    given(leadDecider, [rezaCaptured, sql]).when({ type: 'QualifyLead', leadId, level: 'mql' }).then([]);
  });

  it('disqualifies with a reason once, and refuses to qualify a disqualified lead', () => {
    const disqualified = { type: 'crm.lead.disqualified' as const, data: { leadId, reason: 'student project' } };
    given(leadDecider, [rezaCaptured]).when({ type: 'DisqualifyLead', leadId, reason: 'student project' }).then([disqualified]);
    given(leadDecider, [rezaCaptured, disqualified]).when({ type: 'DisqualifyLead', leadId, reason: 'again' }).then([]);
    given(leadDecider, [rezaCaptured, disqualified]).when({ type: 'QualifyLead', leadId }).thenThrows(BusinessRuleError);
  });
});

describe('lead conversion', () => {
  it('converts to the resolved customer with the opportunity, reaching the opportunity stage', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'ConvertLead', leadId, customerId: 'cus-9', matchedExisting: false, opportunityId: 'opp-1' })
      .then([{ type: 'crm.lead.converted', data: { leadId, customerId: 'cus-9', matchedExisting: false, opportunityId: 'opp-1', stage: 'opportunity' } }]);
  });

  it('treats converting again to the same customer as done, and to another as a conflict', () => {
    given(leadDecider, [rezaCaptured, converted('cus-9')]).when({ type: 'ConvertLead', leadId, customerId: 'cus-9', matchedExisting: true }).then([]);
    given(leadDecider, [rezaCaptured, converted('cus-9')]).when({ type: 'ConvertLead', leadId, customerId: 'cus-2', matchedExisting: true })
      .thenThrows(BusinessRuleError);
  });

  it("names the customer on a converted lead's later signals, so they join the customer's history", () => {
    given(leadDecider, [rezaCaptured, converted('cus-9')]).when({ type: 'RecordSignal', leadId, kind: 'call' })
      .thenMatches([{ data: { customerId: 'cus-9', kind: 'call' } }]);
  });
});

describe('lead erasure', () => {
  it('records the erasure of an unconverted lead once', () => {
    given(leadDecider, [rezaCaptured]).when({ type: 'EraseLead', leadId, reason: 'Art. 17' })
      .then([{ type: 'crm.lead.erased', data: { leadId, reason: 'Art. 17' } }]);
    given(leadDecider, [rezaCaptured, { type: 'crm.lead.erased', data: { leadId } }]).when({ type: 'EraseLead', leadId }).then([]);
  });

  it('names the customer a converted lead was erased with', () => {
    given(leadDecider, [rezaCaptured, converted('cus-9')]).when({ type: 'EraseLead', leadId })
      .then([{ type: 'crm.lead.erased', data: { leadId, customerId: 'cus-9' } }]);
  });
});
