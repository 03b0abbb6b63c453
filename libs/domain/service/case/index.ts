export * from './case.events';
export * from './case.commands';
export { caseDecider, CASE_SUBJECT_MAX } from './case.decider';
export { type CaseState, type OpenedCaseState } from './case.state';
export { type SlaClock, remainingMs, WARN_AT } from './sla-clock';
