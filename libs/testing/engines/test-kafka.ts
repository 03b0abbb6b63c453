/**
 * What a Kafka suite needs from the run's shared broker (started by global-setup.ts). Without
 * it the suite is skipped, printing one line that says how to run it, and counts as skipped.
 */
export const testKafkaBrokers: string[] = (process.env.CRM_TEST_KAFKA_BROKERS ?? '').split(',').filter(Boolean);
export const testKafkaVersion = process.env.CRM_TEST_KAFKA_VERSION ?? '';

export function describeWithKafka(name: string, body: () => void): void {
  if (testKafkaBrokers.length > 0) return describe(`${name} (Apache Kafka ${testKafkaVersion})`, body);
  process.stdout.write(`skipped "${name}": no Kafka broker; \`npm test\` installs and starts one (or run \`bash scripts/test-deps/install.sh\` first)\n`);
  describe.skip(name, body);
}
