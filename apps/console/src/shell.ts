import { Me } from './api';
import { h } from './dom';
import { Strings } from './i18n';
import { ConsoleState, VIEWS, writeState } from './state';

export interface Choices {
  partners: { id: string; name: string }[];
  campaigns?: { id: string; name: string }[];
}

const CURRENCIES = ['EUR', 'USD', 'GBP', 'IRR', 'JPY', 'CHF', 'AED'];

const option = (value: string, label: string, selected: boolean) => h('option', { value, ...(selected ? { selected: '' } : {}) }, label);

function field(id: string, label: string, control: HTMLElement, help?: string): HTMLElement {
  control.id = id;
  if (help) control.setAttribute('aria-describedby', `${id}-help`);
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, help ? h('small', { id: `${id}-help` }, help) : null);
}

/** Views as links carrying the whole state, so each is a deep link too. */
export function viewNav(state: ConsoleState, t: Strings): HTMLElement {
  return h('nav', { 'aria-label': t.views, class: 'views' }, h('ul', {}, ...VIEWS.map((view) =>
    h('li', {}, h('a', { href: writeState({ ...state, view }), 'data-view': view, ...(view === state.view ? { 'aria-current': 'page' } : {}) }, t[view])))));
}

export function filtersForm(state: ConsoleState, t: Strings, choices: Choices): HTMLFormElement {
  const country = h('input', { type: 'text', name: 'country', maxlength: '2', pattern: '[A-Za-z]{2}', autocomplete: 'off', value: state.country ?? '', size: '3' });
  const partner = h('select', { name: 'partnerId' }, option('', t.anyPartner, !state.partnerId),
    ...choices.partners.map((p) => option(p.id, p.name, p.id === state.partnerId)));
  const from = h('input', { type: 'date', name: 'from', value: state.from ?? '' });
  const to = h('input', { type: 'date', name: 'to', value: state.to ?? '' });
  const asOf = h('input', { type: 'datetime-local', name: 'asOf', step: '60', value: state.asOf ?? '' });
  const currency = h('select', { name: 'currency' }, option('none', t.perCurrency, !state.currency),
    ...CURRENCIES.map((c) => option(c, c, c === state.currency)));
  const locale = h('select', { name: 'locale' }, option('en', 'English', state.locale === 'en'), option('fa', 'فارسی', state.locale === 'fa'));
  // A list to choose from when the server lists campaigns; otherwise the id, typed in.
  const campaign = state.view !== 'campaigns' ? null : choices.campaigns?.length
    ? field('filter-campaign', t.campaign, h('select', { name: 'campaignId' }, ...choices.campaigns.map((c) => option(c.id, c.name, c.id === state.campaignId))))
    : field('filter-campaign', t.campaignId, h('input', { type: 'text', name: 'campaignId', autocomplete: 'off', maxlength: '128', value: state.campaignId ?? '' }));
  return h('form', { class: 'filters', 'aria-label': t.filters, id: 'filters' },
    field('filter-country', t.country, country), field('filter-partner', t.partner, partner), field('filter-from', t.from, from),
    field('filter-to', t.to, to), field('filter-as-of', t.asOf, asOf, t.asOfHelp), field('filter-currency', t.currency, currency), campaign,
    field('filter-locale', t.language, locale),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'apply' }, t.apply), h('button', { type: 'reset', id: 'reset' }, t.reset)));
}

export function header(t: Strings, me: Me | undefined, onSignOut: () => void): HTMLElement {
  const signOut = me ? h('button', { type: 'button', id: 'sign-out' }, t.signOut) : null;
  signOut?.addEventListener('click', onSignOut);
  return h('header', { class: 'top' }, h('h1', {}, t.appTitle),
    me ? h('p', { class: 'who', id: 'who' }, `${t.signedInAs} ${me.name} (${me.role})`) : null, signOut);
}

export function signInForm(t: Strings, error?: string): HTMLFormElement {
  const input = h('input', { type: 'password', name: 'key', id: 'api-key', autocomplete: 'off', required: '', 'aria-describedby': 'api-key-help' });
  return h('form', { class: 'sign-in', id: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h2', { id: 'sign-in-title' }, t.signInTitle), h('label', { for: 'api-key' }, t.apiKey), input,
    h('small', { id: 'api-key-help' }, t.signInHelp), error ? h('p', { role: 'alert', class: 'error' }, error) : null,
    h('button', { type: 'submit' }, t.signIn));
}
