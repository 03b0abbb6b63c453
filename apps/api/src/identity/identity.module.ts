import { Module } from '@nestjs/common';
import { DuplicatesController } from './duplicates.controller';
import { MergeController } from './merge.controller';
import { MergeCustomersHandler } from './merge-customers.handler';
import { MergeSteps } from './merge-steps';
import { UnmergeCustomerHandler } from './unmerge-customer.handler';

/** Identity resolution: duplicate candidates, merge and unmerge (docs/identity.md). */
@Module({
  controllers: [DuplicatesController, MergeController],
  providers: [MergeSteps, MergeCustomersHandler, UnmergeCustomerHandler],
})
export class IdentityModule {}
