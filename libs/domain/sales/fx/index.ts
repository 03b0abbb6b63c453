export * from './fx.events';
export { fxDecider, RATE_SCALE, type FxState } from './fx.decider';
