export * from './sla-policy.events';
export * from './sla-policy.commands';
export { slaPolicyDecider, snapshotOf, targetMs, isPriority, type SlaPolicySnapshot, type SlaPolicyState } from './sla-policy.decider';
