import { AppProcess, startAppProcess } from './app-process';

export type ApiProcess = AppProcess;

/** Starts apps/api as a real OS process on a free port and resolves once it is ready. */
export function startApiProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
  return startAppProcess('api', env, timeoutMs);
}
