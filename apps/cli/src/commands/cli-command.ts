import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccessKind } from '../../../../libs/domain/compliance/access.events';
import { AccessRecorder } from '../../../api/src/compliance/access-recorder';
import { CommandContext } from '../../../api/src/commands/command-context';
import { Infrastructure } from '../../../api/src/infrastructure/infrastructure';

/** What a CLI command runs with: the API's own handlers (no HTTP) and the opened ports. */
export interface CliRun {
  app: INestApplicationContext;
  infrastructure: Infrastructure;
  args: string[];
  values: Record<string, unknown>;
  out: (line: string) => void;
  /** Who the operator is, as recorded in events and the access log. */
  actor: string;
  requestId: string;
}

export interface CliCommand {
  /** One usage line, without the leading `crm `. */
  usage: string;
  /** Resolves to the exit code; 2 = usage. */
  run(cli: CliRun): Promise<number>;
}

export const operatorActor = (): string => `cli:${process.env.USER ?? 'operator'}`;

/** A command's who/when, as the API builds it from a request. */
export function cliContext(cli: CliRun): CommandContext {
  return { actor: cli.actor, correlationId: cli.requestId || randomUUID(), source: 'cli', occurredAt: new Date().toISOString() };
}

/** The CLI reads read models, so it first brings them to the log head (another process may have written). */
export async function catchUp(infrastructure: Infrastructure): Promise<void> {
  const head = await infrastructure.eventStore.headPosition();
  await infrastructure.runner.start();
  if (!(await infrastructure.runner.waitForPosition(head, 10 * 60_000))) throw new Error('read models did not catch up');
}

/** Operators' reads of personal data go to the access log like the API's, before the answer is printed. */
export function recordAccess(cli: CliRun, kind: AccessKind, subjectIds: string[], parameters?: Record<string, string>): Promise<void> {
  return cli.app.get(AccessRecorder).record({ actor: cli.actor, source: 'cli', requestId: cli.requestId, kind, route: `cli ${kind}`, subjectIds, parameters });
}
