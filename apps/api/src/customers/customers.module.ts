import { Module } from '@nestjs/common';
import { ChangeCustomerHandler } from './commands/change-customer.handler';
import { DuplicateDetector } from './commands/duplicate-detector';
import { RecordInteractionHandler } from './commands/record-interaction.handler';
import { RegisterCustomerHandler } from './commands/register-customer.handler';
import { CustomerQueriesController } from './customer-queries.controller';
import { CustomersController } from './customers.controller';
import { CustomerEventsHandler } from './queries/customer-events.handler';
import { GetCustomerHandler } from './queries/get-customer.handler';
import { SearchCustomersHandler } from './queries/search-customers.handler';
import { PartnersModule } from '../partners/partners.module';

@Module({
  imports: [PartnersModule],
  controllers: [CustomersController, CustomerQueriesController],
  // Lead conversion (sales) registers customers through the same duplicate check.
  exports: [DuplicateDetector],
  providers: [
    DuplicateDetector,
    RegisterCustomerHandler,
    ChangeCustomerHandler,
    RecordInteractionHandler,
    GetCustomerHandler,
    SearchCustomersHandler,
    CustomerEventsHandler,
  ],
})
export class CustomersModule {}
