import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { customerDecider } from '../../../../../libs/domain/customer/customer.decider';
import { RegisterCustomer } from '../../../../../libs/domain/customer/customer.commands';
import { customerStream } from '../../../../../libs/domain/customer/customer.events';
import { leadDecider } from '../../../../../libs/domain/sales/lead/lead.decider';
import { leadStream } from '../../../../../libs/domain/sales/lead/lead.events';
import { BusinessRuleError, DuplicateError, NotFoundError } from '../../../../../libs/domain/shared/errors';
import { CommandContext } from '../../commands/command-context';
import { DeciderExecutor } from '../../commands/decider-executor';
import { deterministicId } from '../../commands/deterministic-id';
import { DuplicateDetector } from '../../customers/commands/duplicate-detector';
import { CreateOpportunityHandler } from './opportunity.handlers';
import { SalesLookups } from './sales-lookups';
import { ConversionResult, ConvertLeadCommand, CreateOpportunityCommand } from './sales.commands';

/**
 * Converts a lead: the customer it matches by the identity rules (normalised email or phone), or a
 * new one registered through the same duplicate check as POST /v1/customers; then the opportunity;
 * the lead's `converted` event last. Ids derive from the lead, so a retry after a crash completes
 * the same conversion instead of creating a second customer or deal.
 */
@CommandHandler(ConvertLeadCommand)
export class ConvertLeadHandler implements ICommandHandler<ConvertLeadCommand> {
  constructor(
    @Inject(DeciderExecutor) private readonly executor: DeciderExecutor,
    @Inject(SalesLookups) private readonly lookups: SalesLookups,
    @Inject(DuplicateDetector) private readonly duplicates: DuplicateDetector,
    @Inject(CreateOpportunityHandler) private readonly opportunities: CreateOpportunityHandler,
  ) {}

  async execute({ leadId, opportunity, context }: ConvertLeadCommand): Promise<ConversionResult> {
    // The Idempotency-Key names the lead's event only: the other streams' ids derive from the lead.
    const { idempotencyKey: _key, requestHash: _hash, ...stepContext } = context;
    const history = await this.lookups.leadHistory(leadId);
    if (!history.captured) throw new NotFoundError('lead', leadId);
    const already = await this.lookups.leadSubject(leadId);
    const match = already !== leadId ? { customerId: already, matchedExisting: true } : await this.resolveCustomer(leadId, history.captured, stepContext);
    const opportunityId = opportunity ? deterministicId('lead-opportunity', leadId) : undefined;
    if (opportunity && opportunityId) {
      try {
        await this.opportunities.execute(new CreateOpportunityCommand({ ...opportunity, customerId: match.customerId, leadId }, stepContext, opportunityId));
      } catch (error) {
        if (!(error instanceof BusinessRuleError)) throw error; // already created by an earlier attempt
      }
    }
    const scored = await this.lookups.currentScore(leadId, context.occurredAt);
    const result = await this.executor.execute({
      decider: leadDecider, streamId: leadStream(leadId), entityId: leadId, subjectId: match.customerId, context,
      command: { type: 'ConvertLead', leadId, ...match, ...(opportunityId ? { opportunityId } : {}), ...(scored ? { score: scored.score } : {}) },
    });
    return { ...result, customerId: match.customerId, matchedExisting: match.matchedExisting, opportunityId: opportunityId ?? null };
  }

  private async resolveCustomer(leadId: string, captured: NonNullable<Awaited<ReturnType<SalesLookups['leadHistory']>>['captured']>, context: CommandContext) {
    const customerId = deterministicId('lead-customer', leadId);
    const { name, email, phone } = captured.personal;
    const register: RegisterCustomer = {
      type: 'RegisterCustomer', customerId, kind: 'person', name, emails: email ? [email] : [], phones: phone ? [phone] : [],
      ...(captured.data.country ? { country: captured.data.country } : {}), ...(captured.data.partnerId ? { partnerId: captured.data.partnerId } : {}),
    };
    const registerCustomer = () => this.executor.execute({ decider: customerDecider, streamId: customerStream(customerId), entityId: customerId, subjectId: customerId, command: register, context });
    try {
      await this.duplicates.registerUnlessDuplicate(register, registerCustomer);
      return { customerId, matchedExisting: false };
    } catch (error) {
      if (error instanceof DuplicateError) {
        return { customerId: error.existingId, matchedExisting: true, matchedBy: error.reason.startsWith('same email') ? ('email' as const) : ('phone' as const) };
      }
      if (error instanceof BusinessRuleError) return { customerId, matchedExisting: false }; // registered by an earlier attempt
      throw error;
    }
  }
}
