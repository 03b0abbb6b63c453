export * from './pipeline.events';
export * from './pipeline.commands';
export { pipelineDecider, type PipelineState, MAX_STAGES } from './pipeline.decider';
