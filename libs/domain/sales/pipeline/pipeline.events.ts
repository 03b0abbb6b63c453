/** Pipeline events (stream `pipeline-<pipelineId>`). Nothing personal: names of stages and products. */
export interface PipelineStage {
  name: string;
  /** Win probability of an opportunity in this stage: a decimal fraction 0–1 as a string ("0.25"). */
  probability: string;
}

export interface PipelineCreated {
  type: 'crm.pipeline.created';
  schemaVersion?: number;
  data: {
    pipelineId: string;
    name: string;
    stages: PipelineStage[];
    country?: string;
    partnerId?: string;
    productLine?: string;
  };
  personal?: Record<string, never>;
}

export type PipelineEvent = PipelineCreated;

export const pipelineStream = (pipelineId: string): string => `pipeline-${pipelineId}`;
