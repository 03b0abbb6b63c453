import { KafkaEventConsumer, KafkaEventConsumerOptions } from '../../../libs/messaging/kafka/kafka-event-consumer';
import { exitOnFailure } from '../../../libs/messaging/worker/run-worker';

const RESTARTS = 5;
const RESTART_DELAY_MS = 1000;

/** The current consumer of a supervised member; replaced after a crash. */
export interface SupervisedConsumer {
  assignment(): number[];
  stop(): Promise<void>;
}

/**
 * kafkajs gives up on some group errors it deems fatal (seen: a SyncGroup protocol error while
 * the group rebalances after a member died). Rejoining is all a restart would do, so rejoin here
 * a few times in a row before leaving it to the process supervisor. Offsets are committed only
 * after the read models, so a rejoin loses nothing.
 */
export async function superviseConsumer(options: Omit<KafkaEventConsumerOptions, 'onCrash'>): Promise<SupervisedConsumer> {
  let current: KafkaEventConsumer | undefined;
  let crashes = 0;
  let stopped = false;
  const handler: KafkaEventConsumerOptions['handler'] = async (events, source) => {
    await options.handler(events, source);
    crashes = 0;
  };
  const start = async (): Promise<void> => {
    current = await KafkaEventConsumer.start({ ...options, handler, onCrash });
  };
  const onCrash = (error: Error) => {
    if (stopped) return;
    if (++crashes > RESTARTS) return exitOnFailure('projector')(error);
    process.stderr.write(`consumer crashed (${error.message}); rejoining the group (${crashes}/${RESTARTS})\n`);
    setTimeout(() => void start().catch(onCrash), RESTART_DELAY_MS);
  };
  await start();
  return {
    assignment: () => current?.assignment() ?? [],
    async stop() {
      stopped = true;
      await current?.stop();
    },
  };
}
