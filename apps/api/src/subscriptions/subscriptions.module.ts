import { Module } from '@nestjs/common';
import { ServiceModule } from '../service/service.module';
import { SubscriptionCommands } from './subscription-commands';
import { SubscriptionDeliveries } from './subscription-deliveries';
import { SubscriptionsController } from './subscriptions.controller';

/** Webhook subscriptions: the API routes, and the delivery job the lease-holding worker runs (through the service module's SSRF guard). */
@Module({
  imports: [ServiceModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionCommands, SubscriptionDeliveries],
})
export class SubscriptionsModule {}
