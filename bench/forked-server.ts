import { fork } from 'node:child_process';
import { join } from 'node:path';

export interface ServedServer {
  url: string;
  key?: string;
  close(): Promise<void>;
}

interface Ready {
  url: string;
  key?: string;
}

/**
 * Child side: starts the server, tells the parent where it listens, and closes it when the
 * parent disconnects (so a crashed bench leaves no server or temporary store behind).
 */
export function serveToParent(start: () => Promise<ServedServer>): void {
  start()
    .then((server) => {
      process.once('disconnect', () => void server.close().finally(() => process.exit(0)));
      process.send?.({ url: server.url, key: server.key } satisfies Ready);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

/**
 * Parent side: runs a compiled bench server (e.g. `api-server.js`) in its own process, with `env` added to its environment. On two
 * cores this gives the server one core and the load generator the other, as in production
 * where clients are elsewhere.
 */
export function forkServer(script: string, env: Record<string, string> = {}): Promise<ServedServer> {
  const child = fork(join(__dirname, script), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
    child.once('message', (message) => {
      const ready = message as Ready;
      resolve({
        ...ready,
        async close() {
          if (child.connected) child.disconnect();
          await exited;
        },
      });
    });
  });
}
