export * from './customer.events';
export * from './customer.commands';
export * from './customer.state';
export { customerDecider } from './customer.decider';
export { duplicateKeys, type DuplicateKeys } from './duplicate-keys';
export { CONSENT_CHANNELS, type ConsentChannel, type ConsentRecord, parseConsentChannel, parsePurpose } from './consents';
