export * from './opportunity.events';
export * from './opportunity.commands';
export { opportunityDecider, type OpportunityState } from './opportunity.decider';
export { parseCalendarDate } from './calendar-date';
