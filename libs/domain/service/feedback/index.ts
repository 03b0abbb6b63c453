export * from './feedback.events';
export { feedbackDecider, npsBand, type RecordFeedback } from './feedback.decider';
