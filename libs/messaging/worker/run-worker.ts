/** A started worker: how to stop it cleanly. */
export interface RunningWorker {
  stop(): Promise<void>;
}

const line = (text: string) => process.stdout.write(`${text}\n`);

/**
 * The process shell of a worker (relay, projector): starts it, stops it cleanly on SIGTERM or
 * SIGINT (exit 0), and turns a start-up failure into exit 1 — a configuration error (an error
 * named `ConfigError`) as one line naming the variable, anything else with its stack.
 */
export function runWorker(start: () => Promise<RunningWorker>): void {
  start().then(
    (worker) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) return;
        stopping = true;
        line(`${signal}: stopping`);
        worker.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`failed to stop cleanly: ${describe(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    },
    (error: unknown) => {
      if (error instanceof Error && error.name === 'ConfigError') process.stderr.write(`configuration error: ${error.message}\n`);
      else process.stderr.write(`failed to start: ${describe(error)}\n`);
      process.exit(1);
    },
  );
}

/** For a worker that can no longer do its job (producer gave up, consumer crashed): let the supervisor restart it. */
export function exitOnFailure(what: string): (error: Error) => void {
  return (error) => {
    process.stderr.write(`${what} failed, exiting so that a restart resumes from the checkpoint: ${describe(error)}\n`);
    process.exit(1);
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
