import { EventEnvelope } from '../../../../libs/event-store/envelope';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { ReadModels } from '../read-side/read-models.service';

/**
 * Every event about a data subject, personal fields opened: the subject's own stream and every
 * stream the audit or history read models name for it (interactions, opportunities, cases…),
 * in log order.
 */
export async function subjectEvents(store: EventStore, readModels: ReadModels, subjectId: string): Promise<EventEnvelope[]> {
  const own = `customer-${subjectId}`;
  const [audit, history] = await Promise.all([readModels.collection('audit'), readModels.collection('customer-history')]);
  const entries = [...(await audit.find({ subjectId })), ...(await history.find({ customerId: subjectId }))];
  const streams = new Set([own, ...entries.map((entry) => String(entry.streamId))]);
  const perStream = await Promise.all([...streams].map((stream) => store.readStream(stream)));
  return perStream
    .flat()
    .filter((event) => event.subjectId === subjectId || event.streamId === own || event.data.customerId === subjectId)
    .sort((a, b) => a.position - b.position);
}
