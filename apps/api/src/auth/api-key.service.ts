import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { apiKeyDecider } from '../../../../libs/access/api-key.decider';
import { apiKeyStream, Role } from '../../../../libs/access/api-key.events';
import { generateSecret, hashSecret } from '../../../../libs/access/api-key-secret';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { Doc } from '../../../../libs/read-models/document-store.port';
import { CommandContext, CommandResult } from '../commands/command-context';
import { DeciderExecutor } from '../commands/decider-executor';
import { decodeCursor, Page, page } from '../http/cursor';
import { PartnerDirectory } from '../partners/partner-directory';
import { ReadModels } from '../read-side/read-models.service';
import { BOOTSTRAP_KEY_ID } from './bootstrap-key';
import { ApiKeyVerifier } from './key-verifier';

export interface NewKey {
  role: Role;
  name: string;
  partnerId?: string;
}

export type KeyView = Record<string, unknown> & { keyId: string };

/** Creates, lists and revokes API keys; keys are events, checked through the `api-keys` read model. */
@Injectable()
export class ApiKeyService {
  private readonly logger = new Logger('api-keys');

  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(ApiKeyVerifier) private readonly verifier: ApiKeyVerifier,
    @Inject(PartnerDirectory) private readonly partners: PartnerDirectory,
  ) {}

  /** Creates a key; the answer is the only place the secret ever appears. */
  async create(key: NewKey, context: CommandContext, fixed?: { keyId: string; secret: string }): Promise<CommandResult & { key: string }> {
    if (key.partnerId) await this.partners.assertExists(key.partnerId);
    const keyId = fixed?.keyId ?? randomUUID();
    const secret = fixed?.secret ?? generateSecret(keyId);
    const secretHash = await hashSecret(secret);
    const result = await this.executor.execute({
      decider: apiKeyDecider, streamId: apiKeyStream(keyId), entityId: keyId, subjectId: keyId,
      command: { type: 'create', keyId, ...key, secretHash }, context,
    });
    // A key must work on the very next request.
    await this.readModels.awaitPosition(result.position);
    return { ...result, key: secret };
  }

  async revoke(keyId: string, context: CommandContext): Promise<CommandResult> {
    const result = await this.executor.execute({
      decider: apiKeyDecider, streamId: apiKeyStream(keyId), entityId: keyId, subjectId: keyId, command: { type: 'revoke', keyId }, context,
    });
    this.verifier.forget(keyId);
    // This process answers once its read model (and so its key cache, see KeyChangeFeed) has it;
    // other processes drop the key from their cache when their feed delivers the event.
    await this.readModels.awaitPosition(result.position);
    return result;
  }

  /** Keys without their hashes, in id order. */
  async list(limit: number, cursor?: string): Promise<Page<KeyView>> {
    const after = decodeCursor(cursor);
    const keys = await this.readModels.collection('api-keys');
    const found = await keys.find(after ? { _id: { $gt: String(after[0]) } } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    return page(found.map(keyView), limit, (key) => [key.keyId]);
  }

  /** One key without its hash; 404 when there is none. */
  async get(keyId: string): Promise<KeyView> {
    const found = await (await this.readModels.collection('api-keys')).findOne({ _id: keyId });
    if (!found) throw new NotFoundError('API key', keyId);
    return keyView(found);
  }

  /** On first start: the configured bootstrap key, or a generated one printed once. */
  async ensureBootstrapKey(bootstrapKey: string | undefined, print: (line: string) => void): Promise<void> {
    const keys = await this.readModels.collection('api-keys');
    if ((await keys.count({})) > 0) return;
    const secret = bootstrapKey ?? generateSecret(BOOTSTRAP_KEY_ID);
    const context: CommandContext = { actor: 'system', correlationId: randomUUID(), source: 'system', occurredAt: new Date().toISOString() };
    try {
      await this.create({ role: 'admin', name: 'bootstrap admin' }, context, { keyId: BOOTSTRAP_KEY_ID, secret });
    } catch (error) {
      this.logger.warn(`bootstrap key not created: ${(error as Error).message}`);
      return;
    }
    if (!bootstrapKey) print(`First start: admin API key (shown once, stored hashed): ${secret}`);
    else this.logger.log('bootstrap admin key from CRM_BOOTSTRAP_KEY registered');
  }
}

function keyView({ _id, _position, secretHash: _hash, ...key }: Doc): KeyView {
  return { ...key, keyId: String(_id), position: _position };
}
