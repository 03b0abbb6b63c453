export * from './lead.events';
export * from './lead.commands';
export { leadDecider, type LeadState } from './lead.decider';
export { parseToken } from './lead.capture';
