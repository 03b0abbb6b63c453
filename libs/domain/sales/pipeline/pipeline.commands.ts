export interface CreatePipeline {
  type: 'CreatePipeline';
  pipelineId: string;
  name: string;
  /** In order; probabilities as numbers (0.25) or decimal strings ("0.25"). */
  stages: { name: string; probability: number | string }[];
  country?: string;
  partnerId?: string;
  productLine?: string;
}

export type PipelineCommand = CreatePipeline;
