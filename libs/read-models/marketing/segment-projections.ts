import { Projection } from '../projection';
import { segmentMembersProjection } from './segment-members.projection';
import { segmentsProjection } from './segments.projection';

/** The segment read models: definitions and membership. */
export const segmentProjections: Projection[] = [segmentsProjection, segmentMembersProjection];
