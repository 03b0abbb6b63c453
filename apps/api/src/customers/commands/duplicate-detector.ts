import { Inject, Injectable } from '@nestjs/common';
import { RegisterCustomer } from '../../../../../libs/domain/customer/customer.commands';
import { duplicateKeys } from '../../../../../libs/domain/customer/duplicate-keys';
import { DuplicateError } from '../../../../../libs/domain/shared/errors';
import { EventStore } from '../../../../../libs/event-store/event-store.port';
import { CommandResult } from '../../commands/command-context';
import { EVENT_STORE } from '../../infrastructure/tokens';
import { ReadModels } from '../../read-side/read-models.service';
import { currentPrincipal } from '../../http/request-context';
import { PartnerScope } from '../../partners/partner-scope';

/**
 * Refuses a registration that matches an existing customer on a normalised email, phone or
 * external ref. Registrations pass one at a time, each after the read model has caught up with
 * the log, so two concurrent registrations of the same person cannot both get through.
 */
@Injectable()
export class DuplicateDetector {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  registerUnlessDuplicate(command: RegisterCustomer, register: () => Promise<CommandResult>): Promise<CommandResult> {
    const turn = this.queue.then(async () => {
      await this.refuseDuplicate(command);
      return register();
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async refuseDuplicate(command: RegisterCustomer): Promise<void> {
    const keys = duplicateKeys(command);
    const clauses = [
      keys.emails.length ? { emails: { $in: keys.emails } } : undefined,
      keys.phones.length ? { phones: { $in: keys.phones } } : undefined,
      keys.externalRefs.length ? { externalRefKeys: { $in: keys.externalRefs } } : undefined,
    ].filter((clause) => clause !== undefined);
    if (clauses.length === 0) return;
    await this.readModels.awaitPosition(await this.store.headPosition());
    const customers = await this.readModels.collection('customer-360');
    // A partner key only learns of duplicates in its own subtree: naming another partner's customer would leak it.
    const scope = await this.scope.customerFilter(currentPrincipal());
    const match = await customers.findOne({ _id: { $ne: command.customerId }, $or: clauses, ...(scope ? { $and: [scope] } : {}) });
    if (!match) return;
    const has = (field: string, values: string[]) => values.find((v) => ((match[field] as string[]) ?? []).includes(v));
    const email = has('emails', keys.emails);
    const phone = has('phones', keys.phones);
    const ref = has('externalRefKeys', keys.externalRefs);
    const reason = email ? `same email ${email}` : phone ? `same phone ${phone}` : `same external ref ${ref}`;
    throw new DuplicateError(match._id, reason);
  }
}
