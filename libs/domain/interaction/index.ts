export * from './interaction.events';
export * from './interaction.commands';
export { contactPurpose, interactionDecider, type InteractionState, SUBJECT_MAX_LENGTH, SUMMARY_MAX_LENGTH } from './interaction.decider';
