/** The pure domain: deciders, their commands and events, value objects and errors. No I/O. */
export * from './customer';
export * from './interaction';
export { type Decider, type DecisionContext, fold } from './shared/decider';
export * from './shared/errors';
export { parseCountry, COUNTRY_CODES } from './shared/country';
export { parseCurrency } from './shared/currency';
export { parseDisplayName, DISPLAY_NAME_MAX_LENGTH } from './shared/display-name';
export { parseEmail, type Email, EMAIL_MAX_LENGTH } from './shared/email';
export { parseFreeText, parseOptionalFreeText, type FreeTextOptions } from './shared/free-text';
export { parseId } from './shared/identifier';
export { parseInstant } from './shared/instant';
export { parseLanguage } from './shared/language';
export { parsePhoneNumber } from './shared/phone-number';
export { parseTimeZone } from './shared/time-zone';
