import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { ChannelAdapters } from '../../../../../libs/messaging/channels/channel-adapter.port';
import { RecordingChannelAdapter } from '../../../../../libs/messaging/channels/recording-channel-adapter';
import { WebhookChannelAdapter } from '../../../../../libs/messaging/channels/webhook-channel-adapter';
import { DocumentStore } from '../../../../../libs/read-models/document-store.port';
import { ApiConfig } from '../../config/config';
import { BackgroundJobs } from '../../infrastructure/background-jobs';
import { API_CONFIG, DOCUMENT_STORE } from '../../infrastructure/tokens';
import { CHANNEL_ADAPTERS, NoticeRunner } from './notice-runner';
import { NoticesController } from './notices.controller';
import { Notices } from './notices.service';

/**
 * The channels of this deployment: email, SMS and push through the embedded recording adapter
 * (no provider adapters ship yet), the webhook channel when CRM_NOTICE_WEBHOOK_URL names one.
 */
async function channelAdapters(store: DocumentStore, config: ApiConfig): Promise<ChannelAdapters> {
  await RecordingChannelAdapter.ensureIndexes(store);
  const recorded = (['email', 'sms', 'push'] as const).map((channel) => new RecordingChannelAdapter(channel, store));
  return new ChannelAdapters([...recorded, ...(config.notices.webhookUrl ? [new WebhookChannelAdapter(config.notices.webhookUrl)] : [])]);
}

/** Proactive service notices: requested over HTTP, sent by the worker role (NoticeRunner), progress in the `notices` read model. Needs SEGMENT_MEMBERS. */
@Module({
  controllers: [NoticesController],
  providers: [
    Notices, NoticeRunner,
    { provide: CHANNEL_ADAPTERS, useFactory: channelAdapters, inject: [DOCUMENT_STORE, API_CONFIG] },
  ],
})
export class NoticesModule implements OnModuleInit {
  constructor(@Inject(BackgroundJobs) private readonly jobs: BackgroundJobs, @Inject(NoticeRunner) private readonly runner: NoticeRunner) {}

  onModuleInit(): void {
    this.jobs.register(this.runner);
  }
}
