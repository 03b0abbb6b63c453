/** The service area: SLA policies on business time, cases with SLA clocks, feedback, tasks, automation. */
export * from './business-time';
export * from './sla-policy';
export * from './case';
export * from './feedback';
export * from './task';
export * from './automation';
