/** Partner events (stream `partner-<partnerId>`). Partners are businesses, not data subjects: nothing personal. */
export const PARTNER_KINDS = ['bottler', 'distributor', 'retailer'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface PartnerRegistered {
  type: 'crm.partner.registered';
  schemaVersion?: number;
  data: {
    partnerId: string;
    name: string;
    kind: PartnerKind;
    parentId: string | null;
    /** Ancestors from the root down to the parent, fixed at registration (partners do not move). */
    ancestors: string[];
    countries: string[];
  };
}

export type PartnerEvent = PartnerRegistered;

export const partnerStream = (partnerId: string): string => `partner-${partnerId}`;
