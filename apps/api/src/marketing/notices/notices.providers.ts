import { ChannelAdapters } from '../../../../../libs/messaging/channels/channel-adapter.port';
import { RecordingChannelAdapter } from '../../../../../libs/messaging/channels/recording-channel-adapter';
import { WebhookChannelAdapter } from '../../../../../libs/messaging/channels/webhook-channel-adapter';
import { DocumentStore } from '../../../../../libs/read-models/document-store.port';
import { ApiConfig } from '../../config/config';
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

/** Proactive service notices: requested over HTTP, sent by the worker role (NoticeRunner), progress in the `notices` read model. Part of the marketing module. */
export const noticeControllers = [NoticesController];
export const noticeProviders = [Notices, NoticeRunner, { provide: CHANNEL_ADAPTERS, useFactory: channelAdapters, inject: [DOCUMENT_STORE, API_CONFIG] }];
