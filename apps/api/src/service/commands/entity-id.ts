import { randomUUID } from 'node:crypto';
import { CommandContext } from '../../commands/command-context';
import { deterministicId } from '../../commands/deterministic-id';

/** A new entity's id: the same Idempotency-Key names the same entity, so a retry finds its first answer. */
export const newEntityId = (context: CommandContext, kind: string): string =>
  context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, kind) : randomUUID();
