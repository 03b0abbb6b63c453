import { ChannelAdapter, DeliveryResult, OutboundMessage } from './channel-adapter.port';

/**
 * Notices through a webhook: one plain JSON POST per message to one configured URL, with the
 * delivery id as `Idempotency-Key`. It does not use the webhook-subscription machinery (no
 * signing, no retry queue): a failed POST is a failed delivery. It cannot ask the receiver what
 * it already took, so after a crash the in-flight batch is posted again with the same keys and
 * the receiver drops repeats by `Idempotency-Key`.
 */
export class WebhookChannelAdapter implements ChannelAdapter {
  readonly channel = 'webhook' as const;

  constructor(private readonly url: string, private readonly timeoutMs = 10_000) {}

  async send(messages: readonly OutboundMessage[]): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = [];
    for (const message of messages) results.push(await this.post(message));
    return results;
  }

  async accepted(): Promise<Set<string>> {
    return new Set();
  }

  private async post(message: OutboundMessage): Promise<DeliveryResult> {
    const { deliveryId, noticeId, customerId, language, text } = message;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': deliveryId },
        body: JSON.stringify({ deliveryId, noticeId, customerId, language, text }),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'manual',
      });
      return response.ok ? { deliveryId, ok: true } : { deliveryId, ok: false, error: `HTTP ${response.status}` };
    } catch (error) {
      return { deliveryId, ok: false, error: error instanceof Error ? error.name : 'error' };
    }
  }
}
