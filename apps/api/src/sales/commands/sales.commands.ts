import { Command } from '@nestjs/cqrs';
import { Decider } from '../../../../../libs/domain/shared/decider';
import { DomainEvent } from '../../../../../libs/event-store/envelope';
import { CommandContext, CommandResult } from '../../commands/command-context';

/** A sales command on one stream whose decider needs nothing from elsewhere. */
export class SalesStreamCommand<C = unknown> extends Command<CommandResult> {
  constructor(
    readonly decider: Decider<C, unknown, DomainEvent>,
    readonly streamId: string,
    readonly entityId: string,
    readonly command: C,
    readonly context: CommandContext,
    /** The customer the events are about, when there is one (Kafka key, crypto-shredding). */
    readonly subjectId?: string,
  ) {
    super();
  }
}

export class RecordSignalCommand extends Command<CommandResult> {
  constructor(readonly leadId: string, readonly kind: string, readonly context: CommandContext) {
    super();
  }
}

export class ChangeOpportunityCommand extends Command<CommandResult> {
  constructor(
    readonly opportunityId: string,
    readonly change: { type: 'ChangeOpportunityStage'; stage: string } | { type: 'WinOpportunity'; reason?: string } | { type: 'LoseOpportunity'; reason: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class CreateOpportunityCommand extends Command<CommandResult> {
  constructor(readonly fields: OpportunityFields, readonly context: CommandContext, readonly opportunityId?: string) {
    super();
  }
}

export interface OpportunityFields {
  customerId: string;
  pipelineId: string;
  name: string;
  amount: unknown;
  expectedCloseDate: string;
  stage?: string;
  owner?: string;
  leadId?: string;
}

export interface ConversionResult extends CommandResult {
  customerId: string;
  matchedExisting: boolean;
  opportunityId: string | null;
}

export class ConvertLeadCommand extends Command<ConversionResult> {
  constructor(readonly leadId: string, readonly opportunity: Omit<OpportunityFields, 'customerId' | 'leadId'> | undefined, readonly context: CommandContext) {
    super();
  }
}
