import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { ConvertLeadHandler } from './commands/convert-lead.handler';
import { ChangeOpportunityHandler, CreateOpportunityHandler } from './commands/opportunity.handlers';
import { RecordSignalHandler } from './commands/record-signal.handler';
import { SalesLookups } from './commands/sales-lookups';
import { SalesStreamHandler } from './commands/sales-stream.handler';
import { DealsController } from './deals.controller';
import { LeadsController } from './leads.controller';
import { SalesReadModels } from './queries/sales-read-models';
import { GetLeadHandler, GetOpportunityHandler, GetScoringModelHandler, LeadScoresHandler, SalesAnalyticsHandler } from './queries/sales-query.handlers';
import { SalesQueriesController } from './sales-queries.controller';
import { SalesListsController } from './sales-lists.controller';

/** Sales: leads and scoring, pipelines, opportunities, FX rates and the analytics over them. */
@Module({
  imports: [CustomersModule],
  controllers: [LeadsController, DealsController, SalesQueriesController, SalesListsController],
  providers: [
    SalesLookups, SalesReadModels, SalesStreamHandler, RecordSignalHandler, CreateOpportunityHandler, ChangeOpportunityHandler, ConvertLeadHandler,
    GetLeadHandler, GetOpportunityHandler, GetScoringModelHandler, SalesAnalyticsHandler, LeadScoresHandler,
  ],
})
export class SalesModule {}
