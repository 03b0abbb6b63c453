/** Notice events (stream `notice-<noticeId>`, subject: none; the per-member deliveries are the channel adapters' records). */
export const NOTICE_CHANNELS = ['email', 'sms', 'push', 'webhook'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** Sent and failed deliveries under one key (a channel, a language). */
export type DeliveryCounts = Record<string, { sent: number; failed: number }>;

export interface NoticeRequested {
  type: 'crm.notice.requested';
  schemaVersion?: number;
  data: {
    noticeId: string;
    segmentId: string;
    purpose: 'service';
    /** The message per BCP 47 tag, in the order given: the first is the fallback language. */
    text: Record<string, string>;
    languages: string[];
    /** The partner whose key asked for it: only that subtree's members get it; absent for staff. */
    partnerId?: string;
  };
  personal?: Record<string, never>;
}

/** The worker took the notice up: the members it will send to (the segment as of the request). */
export interface NoticeStarted {
  type: 'crm.notice.started';
  schemaVersion?: number;
  data: { noticeId: string; total: number };
  personal?: Record<string, never>;
}

/** One batch of members was handed to the channel adapters; `lastCustomerId` is the resume cursor. */
export interface NoticeBatchDispatched {
  type: 'crm.notice.batch-dispatched';
  schemaVersion?: number;
  data: { noticeId: string; batch: number; lastCustomerId: string; sent: number; failed: number; byChannel: DeliveryCounts; byLanguage: DeliveryCounts };
  personal?: Record<string, never>;
}

export interface NoticeCompleted {
  type: 'crm.notice.completed';
  schemaVersion?: number;
  data: { noticeId: string; total: number; sent: number; failed: number };
  personal?: Record<string, never>;
}

export type NoticeEvent = NoticeRequested | NoticeStarted | NoticeBatchDispatched | NoticeCompleted;

export const noticeStream = (noticeId: string): string => `notice-${noticeId}`;
