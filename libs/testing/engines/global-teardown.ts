import { stopEngines } from './global-setup';

/** Jest globalTeardown: runs in the same process as globalSetup, so it sees what that started. */
export default async function globalTeardown(): Promise<void> {
  await stopEngines();
}
