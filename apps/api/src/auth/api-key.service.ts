import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { apiKeyDecider } from '../../../../libs/access/api-key.decider';
import { apiKeyStream, Role } from '../../../../libs/access/api-key.events';
import { generateSecret, hashSecret } from '../../../../libs/access/api-key-secret';
import { DeciderExecutor } from '../commands/decider-executor';
import { CommandContext, CommandResult } from '../commands/command-context';
import { ReadModels } from '../read-side/read-models.service';
import { Principal } from './principal';
import { deterministicId } from '../commands/deterministic-id';

const BOOTSTRAP_KEY_ID = deterministicId('crm', 'bootstrap-admin-key');

export interface NewKey {
  role: Role;
  name: string;
  partnerId?: string;
}

/** Creates, revokes and checks API keys; keys are events, looked up through the `api-keys` read model. */
@Injectable()
export class ApiKeyService {
  private readonly logger = new Logger('api-keys');

  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  async authenticate(secret: string): Promise<Principal | undefined> {
    const keys = await this.readModels.collection('api-keys');
    const doc = await keys.findOne({ secretHash: hashSecret(secret) });
    if (!doc || doc.revokedAt) return undefined;
    return {
      keyId: String(doc.keyId),
      role: doc.role as Role,
      name: String(doc.name),
      ...(doc.partnerId ? { partnerId: String(doc.partnerId) } : {}),
    };
  }

  /** Creates a key; the answer is the only place the secret ever appears. */
  async create(key: NewKey, context: CommandContext, fixed?: { keyId: string; secret: string }): Promise<CommandResult & { key: string }> {
    const keyId = fixed?.keyId ?? randomUUID();
    const secret = fixed?.secret ?? generateSecret();
    const result = await this.executor.execute({
      decider: apiKeyDecider,
      streamId: apiKeyStream(keyId),
      entityId: keyId,
      subjectId: keyId,
      command: { type: 'create', keyId, ...key, secretHash: hashSecret(secret) },
      context,
    });
    // A key must work on the very next request.
    await this.readModels.awaitPosition(result.position);
    return { ...result, key: secret };
  }

  async revoke(keyId: string, context: CommandContext): Promise<CommandResult> {
    const result = await this.executor.execute({
      decider: apiKeyDecider,
      streamId: apiKeyStream(keyId),
      entityId: keyId,
      subjectId: keyId,
      command: { type: 'revoke', keyId },
      context,
    });
    await this.readModels.awaitPosition(result.position);
    return result;
  }

  /** On first start: the configured bootstrap key, or a generated one printed once. */
  async ensureBootstrapKey(bootstrapKey: string | undefined, print: (line: string) => void): Promise<void> {
    const keys = await this.readModels.collection('api-keys');
    if ((await keys.count({})) > 0) return;
    const secret = bootstrapKey ?? generateSecret();
    const context: CommandContext = {
      actor: 'system',
      correlationId: randomUUID(),
      source: 'system',
      occurredAt: new Date().toISOString(),
    };
    try {
      // A fixed id: two instances starting together cannot both create a first key.
      await this.create({ role: 'admin', name: 'bootstrap admin' }, context, { keyId: BOOTSTRAP_KEY_ID, secret });
    } catch (error) {
      this.logger.warn(`bootstrap key not created: ${(error as Error).message}`);
      return;
    }
    if (!bootstrapKey) print(`First start: admin API key (shown once, stored hashed): ${secret}`);
    else this.logger.log('bootstrap admin key from CRM_BOOTSTRAP_KEY registered');
  }
}
