import { Decider } from '../shared/decider';
import { BusinessRuleError } from '../shared/errors';
import { parseFreeText } from '../shared/free-text';
import { parseId } from '../shared/identifier';
import { parseLanguage } from '../shared/language';
import { invalid, validateAll } from '../shared/validation';
import { DeliveryCounts, NoticeEvent, NoticeRequested } from './notice.events';

export interface RequestNotice { type: 'RequestNotice'; noticeId: string; segmentId: unknown; purpose: unknown; text: unknown; partnerId?: string }
export interface StartNotice { type: 'StartNotice'; total: number }
export interface RecordNoticeBatch { type: 'RecordNoticeBatch'; batch: number; lastCustomerId: string; byChannel: DeliveryCounts; byLanguage: DeliveryCounts }
export interface CompleteNotice { type: 'CompleteNotice' }
export type NoticeCommand = RequestNotice | StartNotice | RecordNoticeBatch | CompleteNotice;

export type NoticeState =
  | { status: 'absent' }
  | { status: 'requested' | 'running' | 'completed'; notice: NoticeRequested['data']; total: number; batches: number; cursor: string | null; sent: number; failed: number };

const MAX_LANGUAGES = 50;
export const NOTICE_TEXT_MAX_LENGTH = 2000;

function parseTexts(input: unknown): { text: Record<string, string>; languages: string[] } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw invalid('text', 'must be an object of BCP 47 tag → message, e.g. { "en": "…", "fa-IR": "…" }');
  const entries = Object.entries(input as Record<string, unknown>);
  if (entries.length === 0) throw invalid('text', 'must hold the message in at least one language');
  if (entries.length > MAX_LANGUAGES) throw invalid('text', `must hold at most ${MAX_LANGUAGES} languages`);
  const parsed = validateAll(Object.fromEntries(entries.map(([tag, message]) => [tag, () => {
    const language = parseLanguage(tag, `text.${tag}`);
    return [language, parseFreeText(message, `text.${tag}`, { maxLength: NOTICE_TEXT_MAX_LENGTH, multiline: true })] as const;
  }])));
  const pairs = Object.values(parsed);
  const languages = pairs.map(([language]) => language);
  if (new Set(languages).size !== languages.length) throw invalid('text', 'names a language twice');
  return { text: Object.fromEntries(pairs), languages };
}

const sum = (counts: DeliveryCounts, key: 'sent' | 'failed') => Object.values(counts).reduce((total, c) => total + c[key], 0);

function request(command: RequestNotice, state: NoticeState): NoticeEvent[] {
  if (state.status !== 'absent') throw new BusinessRuleError(`notice ${command.noticeId} already exists`);
  const fields = validateAll({
    segmentId: () => parseId(command.segmentId, 'segmentId'),
    purpose: () => {
      if (command.purpose !== 'service') throw invalid('purpose', 'must be "service": a notice informs about the service; marketing goes through campaigns, which need consent');
      return 'service' as const;
    },
    texts: () => parseTexts(command.text),
  });
  const { texts, ...rest } = fields;
  return [{ type: 'crm.notice.requested', data: { noticeId: command.noticeId, ...rest, ...texts, ...(command.partnerId ? { partnerId: command.partnerId } : {}) } }];
}

/**
 * A notice's progress is its stream: started with the total, one event per dispatched batch (the
 * cursor a resumed run starts after, numbered so a batch is never recorded twice), completed.
 */
export const noticeDecider: Decider<NoticeCommand, NoticeState, NoticeEvent> = {
  initialState: { status: 'absent' },
  decide(command, state) {
    if (command.type === 'RequestNotice') return request(command, state);
    if (state.status === 'absent') throw new BusinessRuleError('the notice does not exist');
    if (state.status === 'completed') throw new BusinessRuleError(`notice ${state.notice.noticeId} is completed`);
    const noticeId = state.notice.noticeId;
    switch (command.type) {
      case 'StartNotice':
        if (state.status === 'running') return [];
        return [{ type: 'crm.notice.started', data: { noticeId, total: command.total } }];
      case 'RecordNoticeBatch':
        if (state.status !== 'running') throw new BusinessRuleError(`notice ${noticeId} has not started`);
        if (command.batch !== state.batches + 1) throw new BusinessRuleError(`notice ${noticeId} expects batch ${state.batches + 1}, not ${command.batch}`);
        if (state.cursor !== null && command.lastCustomerId <= state.cursor) throw new BusinessRuleError(`batch ${command.batch} does not move past ${state.cursor}`);
        return [{
          type: 'crm.notice.batch-dispatched',
          data: { noticeId, batch: command.batch, lastCustomerId: command.lastCustomerId, sent: sum(command.byChannel, 'sent'), failed: sum(command.byChannel, 'failed'), byChannel: command.byChannel, byLanguage: command.byLanguage },
        }];
      case 'CompleteNotice':
        if (state.status !== 'running') throw new BusinessRuleError(`notice ${noticeId} has not started`);
        return [{ type: 'crm.notice.completed', data: { noticeId, total: state.sent + state.failed, sent: state.sent, failed: state.failed } }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'crm.notice.requested':
        return { status: 'requested', notice: event.data, total: 0, batches: 0, cursor: null, sent: 0, failed: 0 };
      case 'crm.notice.started':
        return state.status === 'absent' ? state : { ...state, status: 'running', total: event.data.total };
      case 'crm.notice.batch-dispatched':
        return state.status === 'absent' ? state : { ...state, batches: event.data.batch, cursor: event.data.lastCustomerId, sent: state.sent + event.data.sent, failed: state.failed + event.data.failed };
      case 'crm.notice.completed':
        return state.status === 'absent' ? state : { ...state, status: 'completed' };
    }
  },
};
