import { Locale } from './state';

const EN = {
  appTitle: 'Analysts’ console', skip: 'Skip to the figures', signInTitle: 'Sign in', apiKey: 'API key', signIn: 'Sign in', signOut: 'Sign out',
  signInHelp: 'Paste your API key. It is kept in this tab only (sessionStorage) and sent as a bearer header.',
  badKey: 'The API refused this key.', signedInAs: 'Signed in as', views: 'Views',
  sales: 'Sales', service: 'Service', voice: 'Customers’ voice', campaigns: 'Campaigns',
  filters: 'Filters', country: 'Country (ISO code)', partner: 'Partner', anyPartner: 'Any partner', from: 'From (UTC)', to: 'To (UTC, exclusive)',
  asOf: 'As of (UTC)', asOfHelp: 'Empty: now. Every figure is answered as it stood at that instant.', currency: 'Currency', perCurrency: 'Per currency',
  language: 'Language', apply: 'Apply', reset: 'Reset', loading: 'Loading…', empty: 'No data for these filters.', csv: 'Download CSV',
  failed: 'Could not load', notAllowed: 'Your role may not read this.', notAvailable: 'Not available on this server yet.',
  noAnalytics: 'This role reads no analytics. Ask an administrator for an analyst key.', figuresTable: 'Figures',
  funnel: 'Lead funnel', step: 'Step', count: 'Count', fromPrevious: 'Conversion from previous', fromFirst: 'Conversion from first', daysFromPrevious: 'Days from previous',
  cohort: 'Cohort', disqualified: 'Disqualified',
  pipeline: 'Pipeline by stage', pipelineName: 'Pipeline', stage: 'Stage', probability: 'Probability', raw: 'Raw', weighted: 'Weighted',
  forecast: 'Forecast', month: 'Month', won: 'Won', open: 'Open pipeline', forecastTotal: 'Forecast',
  winRate: 'Win rate and sales cycle', lost: 'Lost', rate: 'Win rate', cycleAverage: 'Sales cycle, average days', cycleMin: 'Shortest', cycleMax: 'Longest', wonAmount: 'Won amount', lostAmount: 'Lost amount',
  serviceKpis: 'Service KPIs', firstResponse: 'First response, median', resolution: 'Resolution, median', breachRate: 'Breach rate', backlog: 'Backlog',
  priority: 'Priority', cases: 'Cases', minutes: 'business minutes', breached: 'Breached',
  breachedCases: 'Breached open cases', caseId: 'Case', opened: 'Opened', breachedAt: 'Breached at', caseCountry: 'Country',
  breachedNow: 'The case list answers as of now; the as-of date does not apply to it.',
  nps: 'NPS and CSAT', period: 'Period', responses: 'Responses', promoters: 'Promoters', passives: 'Passives', detractors: 'Detractors',
  csat: 'CSAT average', csatOverall: 'CSAT is answered for the whole period only (no trend).',
  campaign: 'Campaign', campaignId: 'Campaign id', enterCampaign: 'Enter a campaign id in the filters to see its ROI.', noCampaigns: 'No campaigns yet.', campaignRoi: 'Campaign ROI by variant', variant: 'Variant', contacted: 'Contacted',
  responded: 'Responded', converted: 'Converted', cost: 'Cost', revenue: 'Revenue', roi: 'ROI',
  chooseCurrency: 'Choose a currency to chart the amounts.',
  total: 'Total', all: 'All',
};
export type Strings = typeof EN;

const FA: Strings = {
  appTitle: 'میز کار تحلیلگران', skip: 'رفتن به ارقام', signInTitle: 'ورود', apiKey: 'کلید API', signIn: 'ورود', signOut: 'خروج',
  signInHelp: 'کلید API خود را وارد کنید. فقط در همین زبانه (sessionStorage) نگه داشته و به صورت سرآیند bearer فرستاده می‌شود.',
  badKey: 'API این کلید را نپذیرفت.', signedInAs: 'واردشده با', views: 'نماها',
  sales: 'فروش', service: 'خدمات', voice: 'صدای مشتری', campaigns: 'کارزارها',
  filters: 'پالایه‌ها', country: 'کشور (کد ISO)', partner: 'شریک', anyPartner: 'همه شرکا', from: 'از (UTC)', to: 'تا (UTC، بدون خود روز)',
  asOf: 'در لحظه (UTC)', asOfHelp: 'خالی یعنی اکنون. هر رقم همان‌گونه که در آن لحظه بود پاسخ داده می‌شود.', currency: 'ارز', perCurrency: 'به تفکیک ارز',
  language: 'زبان', apply: 'اعمال', reset: 'بازنشانی', loading: 'در حال بارگذاری…', empty: 'برای این پالایه‌ها داده‌ای نیست.', csv: 'دریافت CSV',
  failed: 'بارگذاری نشد', notAllowed: 'نقش شما اجازه خواندن این را ندارد.', notAvailable: 'هنوز روی این سرور در دسترس نیست.',
  noAnalytics: 'این نقش هیچ تحلیلی نمی‌خواند. از مدیر یک کلید تحلیلگر بخواهید.', figuresTable: 'ارقام',
  funnel: 'قیف سرنخ‌ها', step: 'مرحله', count: 'تعداد', fromPrevious: 'تبدیل از مرحله قبل', fromFirst: 'تبدیل از مرحله نخست', daysFromPrevious: 'روز از مرحله قبل',
  cohort: 'گروه', disqualified: 'ردشده',
  pipeline: 'قیف فروش به تفکیک مرحله', pipelineName: 'قیف فروش', stage: 'مرحله', probability: 'احتمال', raw: 'خام', weighted: 'وزنی',
  forecast: 'پیش‌بینی', month: 'ماه', won: 'برده', open: 'باز', forecastTotal: 'پیش‌بینی',
  winRate: 'نرخ برد و چرخه فروش', lost: 'باخته', rate: 'نرخ برد', cycleAverage: 'میانگین روزهای چرخه فروش', cycleMin: 'کوتاه‌ترین', cycleMax: 'بلندترین', wonAmount: 'مبلغ برده', lostAmount: 'مبلغ باخته',
  serviceKpis: 'شاخص‌های خدمات', firstResponse: 'میانه نخستین پاسخ', resolution: 'میانه حل', breachRate: 'نرخ نقض', backlog: 'انباشت',
  priority: 'اولویت', cases: 'پرونده‌ها', minutes: 'دقیقه کاری', breached: 'نقض‌شده',
  breachedCases: 'پرونده‌های باز نقض‌شده', caseId: 'پرونده', opened: 'گشایش', breachedAt: 'زمان نقض', caseCountry: 'کشور',
  breachedNow: 'فهرست پرونده‌ها وضعیت اکنون را پاسخ می‌دهد؛ تاریخ «در لحظه» بر آن اعمال نمی‌شود.',
  nps: 'NPS و CSAT', period: 'دوره', responses: 'پاسخ‌ها', promoters: 'مروجان', passives: 'بی‌طرفان', detractors: 'منتقدان',
  csat: 'میانگین CSAT', csatOverall: 'CSAT فقط برای کل دوره پاسخ داده می‌شود (بدون روند).',
  campaign: 'کارزار', campaignId: 'شناسه کارزار', enterCampaign: 'برای دیدن بازده، شناسه یک کارزار را در پالایه‌ها وارد کنید.', noCampaigns: 'هنوز کارزاری نیست.', campaignRoi: 'بازده کارزار به تفکیک نسخه', variant: 'نسخه', contacted: 'تماس‌گرفته',
  responded: 'پاسخ‌داده', converted: 'تبدیل‌شده', cost: 'هزینه', revenue: 'درآمد', roi: 'بازده',
  chooseCurrency: 'برای نمودار مبالغ یک ارز برگزینید.',
  total: 'جمع', all: 'همه',
};

export const strings = (locale: Locale): Strings => (locale === 'fa' ? FA : EN);

export interface Money {
  amount: string;
  currency: string;
}

/** Numbers, money, fractions and instants as the chosen locale writes them (Persian digits for `fa`). */
export function formatters(locale: Locale) {
  const tag = locale === 'fa' ? 'fa-IR' : 'en';
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  // The API's months are Gregorian (`2026-04`): written in the locale's digits, never moved to another calendar.
  const month = new Intl.DateTimeFormat(`${tag}-u-ca-gregory`, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return {
    tag,
    number: (n: number | null | undefined) => (n === null || n === undefined ? '—' : integer.format(n)),
    percent: (fraction: number | null | undefined) => (fraction === null || fraction === undefined ? '—' : percent.format(fraction)),
    // Amounts arrive as exact decimal strings; Intl formats the string without a binary round trip.
    money: (m: Money | null | undefined) =>
      (m ? new Intl.NumberFormat(tag, { style: 'currency', currency: m.currency }).format(m.amount as unknown as number) : '—'),
    instant: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
    month: (key: string) => (/^\d{4}-\d{2}$/.test(key) ? month.format(new Date(`${key}-01T00:00:00Z`)) : key),
  };
}
export type Formatters = ReturnType<typeof formatters>;
