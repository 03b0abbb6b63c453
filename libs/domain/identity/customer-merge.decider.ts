import { CustomerEvent } from '../customer/customer.events';
import { CustomerState, evolveCustomer, initialCustomerState, RegisteredCustomer } from '../customer/customer.state';
import { Decider } from '../shared/decider';
import { BusinessRuleError, NotFoundError } from '../shared/errors';
import { invalid } from '../shared/validation';
import { MergeCommand } from './merge.commands';

/**
 * Merge and unmerge on one customer stream. Each step is idempotent (a repeated step decides
 * nothing), so a merge interrupted between the two streams is completed by running it again.
 */
function decide(command: MergeCommand, state: CustomerState): CustomerEvent[] {
  if (state.status !== 'registered') throw new NotFoundError('customer', command.customerId);
  const customerId = state.customerId;
  switch (command.type) {
    case 'MergeInto': {
      if (command.survivorId === customerId) throw invalid('duplicateIds', 'a customer cannot be merged into itself');
      if (state.mergedInto?.survivorId === command.survivorId) return [];
      refuseMergedOrErased(state);
      if (state.absorbed?.length) {
        throw new BusinessRuleError(`customer ${customerId} is the survivor of earlier merges; unmerge those first or merge them into the new survivor`);
      }
      return [{ type: 'crm.customer.merged-into', data: { customerId, survivorId: command.survivorId, mergeId: command.mergeId } }];
    }
    case 'Absorb': {
      if (state.absorbed?.some((a) => a.customerId === command.duplicateId)) return [];
      refuseMergedOrErased(state);
      return [{ type: 'crm.customer.absorbed', data: { customerId, duplicateId: command.duplicateId, mergeId: command.mergeId } }];
    }
    case 'Release': {
      const absorbed = state.absorbed?.find((a) => a.customerId === command.duplicateId);
      return absorbed ? [{ type: 'crm.customer.released', data: { customerId, duplicateId: absorbed.customerId, mergeId: absorbed.mergeId } }] : [];
    }
    case 'Unmerge': {
      const merged = state.mergedInto;
      return merged?.survivorId === command.survivorId ? [{ type: 'crm.customer.unmerged', data: { customerId, survivorId: merged.survivorId, mergeId: merged.mergeId } }] : [];
    }
  }
}

function refuseMergedOrErased(state: RegisteredCustomer): void {
  if (state.mergedInto) throw new BusinessRuleError(`customer ${state.customerId} was merged into ${state.mergedInto.survivorId}`);
  if (state.erased) throw new BusinessRuleError(`customer ${state.customerId} was erased and cannot take part in a merge`);
}

/** The customer stream seen by merges: same state and evolve as the customer decider. */
export const customerMergeDecider: Decider<MergeCommand, CustomerState, CustomerEvent> = {
  initialState: initialCustomerState,
  decide,
  evolve: evolveCustomer,
};
