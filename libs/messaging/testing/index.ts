export { TopicRecorder } from './topic-recorder';
export type { RecordedMessage } from './topic-recorder';
export { appendCustomerEvents, sampleEvent } from './sample-events';
export { waitFor } from '../../testing/wait-for';
