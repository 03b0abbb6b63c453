/**
 * A server the whole jest run shares: started once by global-setup.ts, addresses handed to the
 * test workers through environment variables, stopped by global-teardown.ts.
 */
export interface TestEngine {
  name: string;
  /** Undefined when the engine is not installed here (its suites then skip, saying how to run them). */
  start(): Promise<RunningEngine | undefined>;
}

export interface RunningEngine {
  /** Set in process.env before the workers start, e.g. CRM_TEST_KAFKA_BROKERS. */
  env: Record<string, string>;
  /** One line for the run's log: what runs where. */
  summary: string;
  stop(): Promise<void>;
}
