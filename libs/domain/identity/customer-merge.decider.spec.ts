import { customerDecider } from '../customer/customer.decider';
import { CustomerEvent } from '../customer/customer.events';
import { customerId, saraRegistered } from '../customer/customer.fixtures';
import { BusinessRuleError, InvalidValueError, NotFoundError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { customerMergeDecider } from './customer-merge.decider';

const survivorId = 'cus-9';
const mergedInto: CustomerEvent = { type: 'crm.customer.merged-into', data: { customerId, survivorId, mergeId: 'm-1' } };
const absorbed: CustomerEvent = { type: 'crm.customer.absorbed', data: { customerId, duplicateId: 'cus-2', mergeId: 'm-1' } };

describe('merging customers', () => {
  it('records on the duplicate that it was merged into the survivor', () => {
    given(customerMergeDecider, [saraRegistered]).when({ type: 'MergeInto', customerId, survivorId, mergeId: 'm-1' }).then([mergedInto]);
  });

  it('records on the survivor which duplicate it absorbed', () => {
    given(customerMergeDecider, [saraRegistered]).when({ type: 'Absorb', customerId, duplicateId: 'cus-2', mergeId: 'm-1' }).then([absorbed]);
  });

  it('decides nothing when a step is repeated, so an interrupted merge can simply be run again', () => {
    given(customerMergeDecider, [saraRegistered, mergedInto]).when({ type: 'MergeInto', customerId, survivorId, mergeId: 'm-2' }).then([]);
    given(customerMergeDecider, [saraRegistered, absorbed]).when({ type: 'Absorb', customerId, duplicateId: 'cus-2', mergeId: 'm-2' }).then([]);
  });

  it('refuses to merge a customer already merged into someone else', () => {
    given(customerMergeDecider, [saraRegistered, mergedInto])
      .when({ type: 'MergeInto', customerId, survivorId: 'cus-7', mergeId: 'm-2' })
      .thenThrows(BusinessRuleError, { message: expect.stringContaining(survivorId) });
  });

  it('refuses a merged customer as survivor, a customer into itself, and a customer that does not exist', () => {
    given(customerMergeDecider, [saraRegistered, mergedInto]).when({ type: 'Absorb', customerId, duplicateId: 'cus-2', mergeId: 'm-2' }).thenThrows(BusinessRuleError);
    given(customerMergeDecider, [saraRegistered]).when({ type: 'MergeInto', customerId, survivorId: customerId, mergeId: 'm-2' }).thenThrows(InvalidValueError);
    given(customerMergeDecider, []).when({ type: 'Absorb', customerId, duplicateId: 'cus-2', mergeId: 'm-2' }).thenThrows(NotFoundError);
  });

  it('refuses to merge away the survivor of earlier merges, which would chain redirects', () => {
    given(customerMergeDecider, [saraRegistered, absorbed]).when({ type: 'MergeInto', customerId, survivorId, mergeId: 'm-2' }).thenThrows(BusinessRuleError);
  });

  it('refuses profile, contact point and consent commands on a merged customer, naming the survivor', () => {
    given(customerDecider, [saraRegistered, mergedInto])
      .when({ type: 'GrantConsent', customerId, purpose: 'marketing', channel: 'email' })
      .thenThrows(BusinessRuleError, { message: expect.stringContaining(`merged into ${survivorId}`) });
  });

  it('still erases a merged customer: the right to erasure does not wait for an unmerge', () => {
    given(customerDecider, [saraRegistered, mergedInto]).when({ type: 'EraseCustomer', customerId }).then([{ type: 'crm.customer.erased', data: { customerId } }]);
  });
});

describe('unmerging customers', () => {
  it('releases the duplicate from the survivor, naming the merge', () => {
    given(customerMergeDecider, [saraRegistered, absorbed])
      .when({ type: 'Release', customerId, duplicateId: 'cus-2' })
      .then([{ type: 'crm.customer.released', data: { customerId, duplicateId: 'cus-2', mergeId: 'm-1' } }]);
  });

  it('makes the duplicate a customer of its own again, taking commands once more', () => {
    const unmerged: CustomerEvent = { type: 'crm.customer.unmerged', data: { customerId, survivorId, mergeId: 'm-1' } };
    given(customerMergeDecider, [saraRegistered, mergedInto]).when({ type: 'Unmerge', customerId, survivorId }).then([unmerged]);
    given(customerDecider, [saraRegistered, mergedInto, unmerged])
      .when({ type: 'GrantConsent', customerId, purpose: 'marketing', channel: 'email' })
      .thenMatches([{ type: 'crm.customer.consent-granted' }]);
  });

  it('decides nothing when the unmerge steps were already done', () => {
    given(customerMergeDecider, [saraRegistered]).when({ type: 'Release', customerId, duplicateId: 'cus-2' }).then([]);
    given(customerMergeDecider, [saraRegistered]).when({ type: 'Unmerge', customerId, survivorId }).then([]);
  });
});
