/**
 * Answers "have the read models applied log position n yet?" for read-your-writes. In-process
 * fan-out: the embedded ProjectionRunner. Kafka fan-out: KafkaPositionTracker, which watches the
 * projectors' per-partition checkpoints. The composition root picks one.
 */
export interface PositionTracker {
  /** True as soon as position `position` is applied; false after `timeoutMs`. */
  waitForPosition(position: number, timeoutMs: number): Promise<boolean>;
}
