import { compact } from '../shared/compact';
import { DecisionContext, Decider } from '../shared/decider';
import { BusinessRuleError, NotFoundError } from '../shared/errors';
import { parseId } from '../shared/identifier';
import { parseDisplayName } from '../shared/display-name';
import { validateAll } from '../shared/validation';
import { isRecorded, parseConsentChannel, parseConsentSource, parsePurpose } from './consents';
import { normaliseContactValue, parseContactPointType, parseEmails, parsePhones, phoneCountry } from './contact-points';
import * as C from './customer.commands';
import { ContactPoint, CustomerEvent } from './customer.events';
import { changedProfile, profileChecks } from './customer.profile-change';
import { CustomerState, evolveCustomer, initialCustomerState, RegisteredCustomer } from './customer.state';
import { parseKind } from './profile';

function register(command: C.RegisterCustomer, state: CustomerState, context: DecisionContext): CustomerEvent[] {
  if (state.status === 'registered') {
    throw new BusinessRuleError(`customer ${state.customerId} is already registered`);
  }
  const { customerId, emails, phones, name, kind, addresses = [], externalRefs = [], ...optional } = validateAll({
    ...profileChecks(command),
    customerId: () => parseId(command.customerId, 'customerId'),
    kind: () => parseKind(command.kind, 'kind'),
    name: () => parseDisplayName(command.name, 'name'),
    emails: () => parseEmails(command.emails, 'emails'),
    phones: () => parsePhones(command.phones, 'phones', phoneCountry(command.country)),
  });
  const contactPoints: ContactPoint[] = [
    ...emails.map((value) => ({ id: context.newId(), type: 'email' as const, value })),
    ...phones.map((value) => ({ id: context.newId(), type: 'phone' as const, value })),
  ];
  return [
    {
      type: 'crm.customer.registered',
      data: compact({ customerId, kind, ...optional }),
      personal: { name, contactPoints, addresses, externalRefs },
    },
  ];
}

function addContactPoint(command: C.AddContactPoint, customer: RegisteredCustomer, context: DecisionContext): CustomerEvent[] {
  const contactPointType = parseContactPointType(command.contactPointType, 'contactPointType');
  const value = normaliseContactValue(contactPointType, command.value, 'value', customer.country);
  // Adding what the customer already has is a retry or a re-import: nothing new to record.
  if (customer.contactPoints.some((cp) => cp.type === contactPointType && cp.value === value)) return [];
  return [
    {
      type: 'crm.customer.contact-point-added',
      data: { customerId: customer.customerId, contactPointId: context.newId(), contactPointType },
      personal: { value },
    },
  ];
}

function removeContactPoint(command: C.RemoveContactPoint, customer: RegisteredCustomer): CustomerEvent[] {
  const contactPoint = customer.contactPoints.find((cp) => cp.id === command.contactPointId);
  if (!contactPoint) throw new NotFoundError('contact point', String(command.contactPointId));
  return [
    {
      type: 'crm.customer.contact-point-removed',
      data: { customerId: customer.customerId, contactPointId: contactPoint.id, contactPointType: contactPoint.type },
    },
  ];
}

/**
 * Records every consent statement not already recorded as the same (purpose, channel, granted,
 * business time); only an exact repeat (a retry, a re-sent sync) records nothing. Skipping what
 * "changes nothing" today is not safe with back-dating: a grant at T2 that repeats a grant at T1
 * changes no answer, yet once a withdrawal at T1.5 arrives it is the grant that holds after T2.
 * So the decider keeps no opinion on what is in force: that is `consentInForce` over the facts.
 */
function consent(command: C.GrantConsent | C.WithdrawConsent, customer: RegisteredCustomer, context: DecisionContext): CustomerEvent[] {
  const { purpose, channel, source } = validateAll({
    purpose: () => parsePurpose(command.purpose, 'purpose'),
    channel: () => parseConsentChannel(command.channel, 'channel'),
    source: () => parseConsentSource(command.source, 'source'),
  });
  const granted = command.type === 'GrantConsent';
  if (isRecorded(customer.consents, { purpose, channel, granted, occurredAt: context.now })) return [];
  const data = compact({ customerId: customer.customerId, purpose, channel, source });
  return [granted ? { type: 'crm.customer.consent-granted', data } : { type: 'crm.customer.consent-withdrawn', data }];
}

function decide(command: C.CustomerCommand, state: CustomerState, context: DecisionContext): CustomerEvent[] {
  if (command.type === 'RegisterCustomer') return register(command, state, context);
  if (state.status !== 'registered') throw new NotFoundError('customer', String(command.customerId));
  if (command.type === 'EraseCustomer') {
    // Repeating an erasure names only records no earlier erasure named (one recorded in the
    // instant before the key was destroyed); with nothing new it records nothing.
    const before = new Set(state.erasedRecords ?? []);
    const named = (kind: string, ids: string[] | undefined) => {
      const fresh = [...new Set(ids ?? [])].filter((id) => !before.has(`${kind}:${id}`)).sort();
      return fresh.length ? fresh : undefined;
    };
    const caseIds = named('case', command.caseIds), taskIds = named('task', command.taskIds), feedbackIds = named('feedback', command.feedbackIds);
    if (state.erased && !caseIds && !taskIds && !feedbackIds) return [];
    return [{ type: 'crm.customer.erased', data: compact({ customerId: state.customerId, reason: command.reason, caseIds, taskIds, feedbackIds }) }];
  }
  if (state.erased) throw new BusinessRuleError(`customer ${state.customerId} was erased; nothing personal can be recorded any more`);
  if (state.mergedInto) throw new BusinessRuleError(`customer ${state.customerId} was merged into ${state.mergedInto.survivorId}; send commands to the survivor`);
  switch (command.type) {
    case 'ChangeProfile':
      return changedProfile(command, state);
    case 'AddContactPoint':
      return addContactPoint(command, state, context);
    case 'RemoveContactPoint':
      return removeContactPoint(command, state);
    case 'GrantConsent':
    case 'WithdrawConsent':
      return consent(command, state, context);
  }
}

/** The customer aggregate (stream `customer-<id>`): profile, contact points, consents. */
export const customerDecider: Decider<C.CustomerCommand, CustomerState, CustomerEvent> = {
  initialState: initialCustomerState,
  decide,
  evolve: evolveCustomer,
};
