import { buildConsoleIfStale } from '../../../apps/console/build';
import { RunningEngine, TestEngine } from './engine';
import { kafkaEngine } from './kafka';
import { mongodbEngine } from './mongodb';

/** Every engine the suites may need; each module says how it starts and what it exports. */
const ENGINES: TestEngine[] = [kafkaEngine, mongodbEngine];

const running: RunningEngine[] = [];

/**
 * CRM_TEST_ENGINES=kafka,mongodb (or none) narrows what a developer's focused run starts; unset, all
 * start. Suites of an engine left out skip, saying so.
 */
function wantedEngines(): TestEngine[] {
  const wanted = process.env.CRM_TEST_ENGINES;
  if (wanted === undefined || wanted.trim() === '') return ENGINES;
  const names = wanted.split(',').map((name) => name.trim());
  return ENGINES.filter((engine) => names.includes(engine.name));
}

/**
 * Jest globalSetup: starts the engines in parallel (the workers inherit their env variables) and
 * bundles the console once, so that no suite's app finds /console unbuilt or half rebuilt.
 */
export default async function globalSetup(): Promise<void> {
  const started = await Promise.allSettled([...wantedEngines().map((engine) => engine.start()), buildConsoleIfStale().then(() => undefined)]);
  for (const result of started) if (result.status === 'fulfilled' && result.value) running.push(result.value);
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stopEngines();
    throw failed.reason;
  }
  for (const engine of running) {
    Object.assign(process.env, engine.env);
    process.stdout.write(`\ntest engines: ${engine.summary}\n`);
  }
}

export async function stopEngines(): Promise<void> {
  await Promise.all(running.splice(0).map((engine) => engine.stop()));
}
