import { STARTED, StartedEngines } from './global-setup';

/** Stops what global-setup.ts started (never a server the user gave by URL). */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>)[STARTED] as StartedEngines | undefined;
  await started?.ferretDb?.stop();
}
