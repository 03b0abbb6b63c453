/** Defines a policy, or restates it whole as a correction. Values arrive as clients wrote them. */
export interface DefineSlaPolicy {
  type: 'DefineSlaPolicy' | 'ChangeSlaPolicy';
  slaPolicyId: string;
  name: string;
  timeZone: string;
  /** `{ mon: [["09:00", "17:00"]], … }` */
  workingHours: unknown;
  /** Local dates "YYYY-MM-DD". */
  holidays?: unknown;
  /** `{ high: { firstResponse: "PT1H", resolution: "PT8H" } }` */
  targets: unknown;
}

export type SlaPolicyCommand = DefineSlaPolicy;
