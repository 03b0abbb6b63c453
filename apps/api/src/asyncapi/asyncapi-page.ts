/**
 * A readable HTML page rendered on the server from the AsyncAPI document itself, so the page can
 * say nothing the document does not. No scripts and no CDN: the stylesheet is served beside it.
 */
import { typeName } from '../../../../libs/messaging/catalogue/schema-words';

type Json = Record<string, unknown>;

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** The little Markdown the catalogue uses: `code`, **bold**, paragraphs and "- " lists. */
function prose(text: string): string {
  return text.split(/\n\n+/).map((block) => {
    const inline = (line: string) => escape(line).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    const lines = block.split('\n');
    if (lines.every((line) => line.startsWith('- '))) return `<ul>${lines.map((line) => `<li>${inline(line.slice(2))}</li>`).join('')}</ul>`;
    return `<p>${inline(block)}</p>`;
  }).join('');
}

function fieldRows(prefix: string, schema: Json | undefined): string {
  const properties = (schema?.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, field]) =>
    `<tr><td><code>${escape(prefix + name)}</code></td><td><code>${escape(typeName(field))}</code></td><td>${required.has(name) ? 'yes' : ''}</td><td>${field.description ? prose(String(field.description)) : ''}</td></tr>`).join('');
}

export function asyncApiPage(document: Json): string {
  const info = document.info as Json;
  const channels = document.channels as Record<string, Json>;
  const schemas = (document.components as Json).schemas as Record<string, Json>;
  const [first] = Object.values(channels);
  const messages = Object.values(first.messages as Record<string, Json>);
  const channelSections = Object.entries(channels).map(([id, channel]) =>
    `<section id="${escape(id)}"><h3>${escape(String(channel.title))}</h3><p>Address: <code>${escape(String(channel.address ?? 'the rule’s url'))}</code></p>${prose(String(channel.description))}</section>`).join('');
  const messageSections = messages.map((message) => {
    const name = String(message.name);
    return `<section id="${escape(name)}"><h3><code>${escape(name)}</code></h3><p>${escape(String(message.summary))}</p>${prose(String(message.description))}
<table><thead><tr><th>field</th><th>type</th><th>required</th><th></th></tr></thead><tbody>${fieldRows('data.', schemas[`${name}.data`])}${fieldRows('personal.', schemas[`${name}.personal`])}</tbody></table></section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(String(info.title))} — AsyncAPI ${escape(String(document.asyncapi))}</title><link rel="stylesheet" href="/docs/asyncapi.css"></head>
<body><header><h1>${escape(String(info.title))}</h1><p>AsyncAPI ${escape(String(document.asyncapi))} · version ${escape(String(info.version))} · <a href="/docs/asyncapi.json">asyncapi.json</a> · <a href="/docs">HTTP API</a></p>${prose(String(info.description))}</header>
<nav><h2>Event types</h2><ul>${messages.map((m) => `<li><a href="#${escape(String(m.name))}">${escape(String(m.name))}</a></li>`).join('')}</ul></nav>
<main><h2>Channels</h2>${channelSections}<h2>Events</h2>${messageSections}</main></body></html>
`;
}

export const ASYNCAPI_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:18rem 1fr;grid-template-areas:"head head" "nav main"}
header{grid-area:head;padding:1rem 2rem;background:#1f2937;color:#f9fafb}header a{color:#93c5fd}
nav{grid-area:nav;padding:0 1rem;border-right:1px solid #e5e7eb;font-size:13px}nav ul{list-style:none;padding:0}
main{grid-area:main;padding:0 2rem 3rem;max-width:70rem}section{border-bottom:1px solid #e5e7eb;padding-bottom:1rem}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #e5e7eb;padding:.25rem .5rem;text-align:left;vertical-align:top}td p{margin:0}
code{font-family:ui-monospace,monospace;background:#f3f4f6;padding:0 .2rem;border-radius:3px}header code{background:#374151}
`;
