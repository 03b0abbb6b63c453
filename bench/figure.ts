/** One benchmark figure, printed beside the baseline measured in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** e.g. ">= 0.6x baseline" or "<= 25 ms"; judged by the reader, never by a test. */
  target?: string;
}
