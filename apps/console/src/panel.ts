import { Me } from './api';
import { Formatters, Strings } from './i18n';
import { ConsoleState, View } from './state';

/** One shown value: the text the locale writes and the raw value the API answered (CSV, tests). */
export interface Cell {
  text: string;
  value: string | number | null;
}
export const cell = (text: string, value: string | number | null): Cell => ({ text, value });

export interface ChartSpec {
  type: 'bar' | 'line';
  labels: string[];
  series: { label: string; values: (number | null)[] }[];
  /** Values are fractions shown as percentages. */
  percent?: boolean;
  horizontal?: boolean;
  /** Values are counts: whole-number ticks. */
  counts?: boolean;
}

export interface Figure {
  id: string;
  label: string;
  cell: Cell;
}

export interface PanelData {
  figures?: Figure[];
  chart?: ChartSpec;
  columns: string[];
  rows: Cell[][];
  notes?: string[];
  /** What the empty state says, when more than "no data" is known. */
  emptyText?: string;
}

export interface Pipeline {
  pipelineId: string;
  name: string;
  country: string | null;
  partnerId: string | null;
}

export interface PanelContext {
  state: ConsoleState;
  me: Me;
  t: Strings;
  f: Formatters;
  /** Names of every pipeline the role may list (win rate answers ids only). */
  pipelineNames: Map<string, string>;
  /** The campaigns listed, on the campaigns view; undefined when the server lists none (404). */
  campaigns?: { id: string; name: string }[];
}

export interface PanelDef {
  id: string;
  view: View;
  title: (t: Strings) => string;
  visible: (me: Me) => boolean;
  load: (ctx: PanelContext) => Promise<PanelData>;
}

const ANALYTICS_ROLES = new Set(['analyst', 'admin', 'partner']);
const SERVICE_ROLES = new Set(['viewer', 'agent', 'editor', 'analyst', 'admin']);
/** Mirrors the API's permission table; the API refuses anyway, this only spares a refused request. */
export const readsAnalytics = (me: Me): boolean => ANALYTICS_ROLES.has(me.role);
export const readsCases = (me: Me): boolean => SERVICE_ROLES.has(me.role);
export const listsPipelines = (me: Me): boolean => SERVICE_ROLES.has(me.role);

/** A number from the API's decimal strings (for charts only; tables keep the string). */
export const numeric = (value: string | number | null | undefined): number | null =>
  (value === null || value === undefined || value === '' ? null : Number(value));
