import { Module } from '@nestjs/common';
import { ApiConfig } from '../config/config';
import { API_CONFIG } from '../infrastructure/tokens';
import { WebhookTargets } from '../service/automation/webhook-target';
import { SubscriptionCommands } from './subscription-commands';
import { SubscriptionDeliveries } from './subscription-deliveries';
import { SubscriptionsController } from './subscriptions.controller';

/** Webhook subscriptions: the API routes, and the delivery job the lease-holding worker runs. */
@Module({
  controllers: [SubscriptionsController],
  providers: [
    SubscriptionCommands, SubscriptionDeliveries,
    { provide: WebhookTargets, useFactory: (config: ApiConfig) => new WebhookTargets(config.webhookAllowPrivate), inject: [API_CONFIG] },
  ],
})
export class SubscriptionsModule {}
