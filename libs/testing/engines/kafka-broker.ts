import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { waitFor } from '../wait-for';

/** Up to package.json, so this works from the sources (jest) and from dist/ (the benches) alike. */
function repositoryRoot(dir = __dirname): string {
  if (existsSync(join(dir, 'package.json'))) return dir;
  if (dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  return repositoryRoot(dirname(dir));
}
const ROOT = repositoryRoot();
const POM = join(ROOT, 'scripts/test-deps/kafka-pom.xml');

/** The Kafka version scripts/test-deps/kafka.sh installs (one place says it: the pom). */
export const KAFKA_VERSION = /<kafka\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))?.[1] ?? 'unknown';

/** The cached broker jars, or undefined when scripts/test-deps/kafka.sh has not run. */
export function kafkaJarsDir(): string | undefined {
  const cache = join(process.env.CRM_TEST_CACHE ?? join(homedir(), '.cache/crm-test-deps'), `kafka-${KAFKA_VERSION}`);
  const complete = existsSync(cache) && readdirSync(cache).some((f) => f.startsWith('.complete-'));
  return complete ? join(cache, 'libs') : undefined;
}

export interface KafkaNode {
  nodeId: number;
  /** `127.0.0.1:<port>` of its client listener. */
  broker: string;
  running(): boolean;
  /** SIGKILL: no controlled shutdown, the way a machine dies. */
  kill(): Promise<void>;
}

export interface KafkaCluster {
  version: string;
  brokers: string[];
  nodes: KafkaNode[];
  stop(): Promise<void>;
}

export interface KafkaClusterOptions {
  /** Each node is broker and controller; 3 keep a quorum (and an in-sync pair) when one dies. */
  nodes?: number;
  heapMb?: number;
  startTimeoutMs?: number;
}

/**
 * Starts Apache Kafka in KRaft mode on free loopback ports: formats a log dir per node, runs one
 * JVM per node, resolves once every broker is in the cluster metadata. Light on purpose (small
 * heap, few threads, few internal partitions): the test machine has two cores.
 */
export async function startKafkaCluster(options: KafkaClusterOptions = {}): Promise<KafkaCluster> {
  try {
    return await startOnce(options);
  } catch (error) {
    // Free ports are picked then released: another process may take one before the JVM binds it.
    if (!/Address already in use/.test(String((error as Error).message))) throw error;
    return startOnce(options);
  }
}

async function startOnce(options: KafkaClusterOptions): Promise<KafkaCluster> {
  const jars = kafkaJarsDir();
  if (!jars) throw new Error(`Kafka ${KAFKA_VERSION} is not installed: run \`bash scripts/test-deps/install.sh\``);
  const count = options.nodes ?? 1;
  const root = mkdtempSync(join(tmpdir(), 'crm-kafka-'));
  const ports = await freePorts(count * 2);
  const specs = Array.from({ length: count }, (_, i) => ({ nodeId: i + 1, port: ports[2 * i], controllerPort: ports[2 * i + 1], dir: join(root, `node-${i + 1}`) }));
  const voters = specs.map((s) => `${s.nodeId}@127.0.0.1:${s.controllerPort}`).join(',');
  // base64url can start with '-': passed as `--cluster-id=<id>` so argparse cannot take it for an option.
  const clusterId = Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
  const java = (args: string[], log: string) => runJava(jars, options.heapMb ?? 384, args, log);

  await Promise.all(specs.map(async (spec) => {
    writeFileSync(`${spec.dir}.properties`, brokerProperties({ ...spec, voters, nodes: count }));
    const format = java(['kafka.tools.StorageTool', 'format', '--config', `${spec.dir}.properties`, `--cluster-id=${clusterId}`], `${spec.dir}-format.log`);
    const code = await new Promise<number | null>((resolve) => format.once('exit', resolve));
    if (code !== 0) throw new Error(`formatting Kafka node ${spec.nodeId} failed (${code}):\n${tail(`${spec.dir}-format.log`)}`);
  }));

  const nodes = specs.map((spec) => {
    const child = java(['kafka.Kafka', `${spec.dir}.properties`], `${spec.dir}.log`);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const running = () => child.exitCode === null && child.signalCode === null;
    const kill = async () => {
      if (running()) process.kill(-child.pid!, 'SIGKILL');
      await exited;
    };
    return { nodeId: spec.nodeId, broker: `127.0.0.1:${spec.port}`, running, kill, pid: child.pid, log: `${spec.dir}.log` };
  });
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.kill()));
    rmSync(root, { recursive: true, force: true });
  };
  // A run that ends without stop() (a crash, Ctrl-C) still takes its brokers along.
  process.once('exit', () => nodes.forEach((n) => n.running() && process.kill(-n.pid, 'SIGKILL')));

  try {
    await waitForBrokers(nodes, options.startTimeoutMs ?? 90_000);
  } catch (error) {
    const logs = nodes.map((n) => `node ${n.nodeId}: ${tail(n.log)}`).join('\n');
    await stop();
    throw new Error(`${(error as Error).message}\n${logs}`, { cause: error });
  }
  return { version: KAFKA_VERSION, brokers: nodes.map((n) => n.broker), nodes: nodes.map(({ nodeId, broker, running, kill }) => ({ nodeId, broker, running, kill })), stop };
}

/** Every node answers on its own client port and sees all nodes registered (unfenced) in the cluster. */
async function waitForBrokers(nodes: Array<{ broker: string; running(): boolean; nodeId: number }>, timeoutMs: number): Promise<void> {
  const admins = nodes.map((n) => new Kafka({ brokers: [n.broker], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin());
  const ready = new Set<number>();
  try {
    await waitFor(async () => {
      const dead = nodes.find((n) => !n.running());
      if (dead) throw new Error(`Kafka node ${dead.nodeId} exited during start-up`);
      await Promise.all(nodes.map(async (node, i) => {
        if (ready.has(node.nodeId)) return;
        try {
          await admins[i].connect();
          if ((await admins[i].describeCluster()).brokers.length === nodes.length) ready.add(node.nodeId);
        } catch {
          // not up yet
        }
      }));
      return ready.size === nodes.length;
    }, timeoutMs, `${nodes.length} Kafka broker(s) to join the cluster`);
  } finally {
    await Promise.all(admins.map((a) => a.disconnect()));
  }
}

function brokerProperties(node: { nodeId: number; port: number; controllerPort: number; dir: string; voters: string; nodes: number }): string {
  const replicas = Math.min(node.nodes, 3);
  const minIsr = replicas > 1 ? 2 : 1;
  return Object.entries({
    'process.roles': 'broker,controller',
    'node.id': node.nodeId,
    'controller.quorum.voters': node.voters,
    listeners: `PLAINTEXT://127.0.0.1:${node.port},CONTROLLER://127.0.0.1:${node.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${node.port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': node.dir,
    // Topics are created by the tests (admin.createTopics), never by a producer's metadata request.
    'auto.create.topics.enable': false,
    'default.replication.factor': replicas,
    'min.insync.replicas': minIsr,
    'offsets.topic.replication.factor': replicas,
    'offsets.topic.num.partitions': 4,
    'transaction.state.log.replication.factor': replicas,
    'transaction.state.log.min.isr': minIsr,
    'transaction.state.log.num.partitions': 2,
    'share.coordinator.state.topic.replication.factor': replicas,
    'share.coordinator.state.topic.min.isr': minIsr,
    'share.coordinator.state.topic.num.partitions': 2,
    // A group starts working at once; the default waits 3 s for more members.
    'group.initial.rebalance.delay.ms': 0,
    'num.network.threads': 2,
    'num.io.threads': 2,
    'background.threads': 2,
    'num.replica.fetchers': 1,
    'log.cleaner.threads': 1,
    'num.recovery.threads.per.data.dir': 1,
  }).map(([key, value]) => `${key}=${value}`).join('\n') + '\n';
}

/**
 * The JVM runs under a small bash guard in its own process group: when this process dies (even
 * by SIGKILL) the guard reads EOF on stdin and stops the JVM, so no broker outlives a test run.
 */
function runJava(jars: string, heapMb: number, args: string[], log: string): ChildProcess & { pid: number } {
  const jvm = [`-Xmx${heapMb}m`, '-Xms64m', '-XX:+UseSerialGC', '-XX:-UsePerfData', '-Djava.awt.headless=true',
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn', '-cp', `${jars}/*`];
  const guard = 'java "$@" & j=$!; (read -r _; kill -9 $j 2>/dev/null) <&0 & wait $j';
  const out = openSync(log, 'a');
  const child = spawn('bash', ['-c', guard, 'kafka', ...jvm, ...args], { detached: true, stdio: ['pipe', out, out] });
  return child as ChildProcess & { pid: number };
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').slice(-3000) : '(no log)';
}

/** Free loopback ports: listen on port 0, note the port, close. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  })));
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** Creates topics (name → partitions) and waits for their leaders. */
export async function createTopics(brokers: string[], topics: Record<string, number>, replicationFactor = 1): Promise<void> {
  const admin = new Kafka({ brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: Object.entries(topics).map(([topic, numPartitions]) => ({ topic, numPartitions, replicationFactor })),
    });
  } finally {
    await admin.disconnect();
  }
}
