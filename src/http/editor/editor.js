/**
 * The card editor. Everything on the page is generated from GET /v1/templates: one form per kind, built
 * from its JSON Schema, so a new kind or field appears here without changing this file.
 *
 * State: `kind` and `payload` (the JSON the API accepts). Every edit updates the payload, the page URL
 * (`/editor?kind=score#home.name=OM&…`, the API's dotted GET form) and, debounced, the preview:
 *   POST /v1/cards/:kind.json  → 400 issues next to their fields, or {url, alt, width, height, shareUrl}
 *   GET  url                   → the PNG, so the preview is byte for byte the image og:image will show.
 */

import { coerce, nestPairs, toQuery } from './query-form.js';

const DEBOUNCE_MS = 250;
const URL_WRITE_MS = 150;
const HEX_PATTERN = '^#?(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';
const COLOUR_NAMES = new Set(['color', 'colour', 'background', 'foreground', 'accent']);
const DEFAULT_BRAND_BACKGROUND = '#1e3a8a';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const ui = {
  kinds: $('kinds'),
  form: /** @type {HTMLFormElement} */ ($('card-form')),
  format: $('format-fields'),
  status: $('status'),
  frame: $('frame'),
  image: /** @type {HTMLImageElement} */ ($('preview-image')),
  dims: $('dims'),
  banner: $('banner'),
  download: /** @type {HTMLAnchorElement} */ ($('download')),
  copyUrl: /** @type {HTMLButtonElement} */ ($('copy-url')),
  copyShare: /** @type {HTMLButtonElement} */ ($('copy-share')),
  copyMeta: /** @type {HTMLButtonElement} */ ($('copy-meta')),
  copyAlt: /** @type {HTMLButtonElement} */ ($('copy-alt')),
  outUrl: /** @type {HTMLInputElement} */ ($('out-url')),
  outShare: /** @type {HTMLInputElement} */ ($('out-share')),
  outMeta: /** @type {HTMLTextAreaElement} */ ($('out-meta')),
  outAlt: /** @type {HTMLTextAreaElement} */ ($('out-alt')),
};

/** @type {Array<{kind: string, schema: any, example: any}>} */
let templates = [];
/** @type {string[]} fields every kind has (size, scale, theme, locale): shown next to the preview */
let formatFields = [];
let kind = '';
/** @type {Record<string, any>} */
let payload = {};
/** Brand colours kept while the theme is switched to light or dark and back. */
const rememberedObjects = new Map();

// ---------------------------------------------------------------------------------------------------
// Small DOM helper: no innerHTML anywhere, user text only ever goes through textContent and .value.

/** @returns {any} */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  let value;
  for (const [key, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (key === 'class') node.className = v;
    else if (key === 'value') value = v;
    else if (key === 'checked') node.checked = Boolean(v);
    else if (key === 'dataset') {
      for (const [name, d] of Object.entries(v)) if (d !== undefined && d !== null) node.dataset[name] = String(d);
    }
    else if (key.startsWith('on') && typeof v === 'function') node.addEventListener(key.slice(2), v);
    else node.setAttribute(key, v === true ? '' : String(v));
  }
  for (const child of children.flat(Infinity)) if (child !== null && child !== undefined && child !== false) node.append(child);
  if (value !== undefined) node.value = value;
  return node;
}

const idFor = (path) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function humanize(name) {
  const words = String(name).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function optionLabel(v, field) {
  const s = String(v);
  if (field === 'locale') {
    try {
      const name = new Intl.DisplayNames([s], { type: 'language' }).of(s);
      if (name && name !== s) return `${name.charAt(0).toUpperCase()}${name.slice(1)} (${s})`;
    } catch {
      /* not a language tag: fall through */
    }
  }
  return s.length <= 2 ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1).replace(/-/g, ' ');
}
const singular = (label) => label.replace(/ies$/, 'y').replace(/s$/, '');

// ---------------------------------------------------------------------------------------------------
// The dotted GET form: the API's own code (src/http/query-form.ts), served as /editor/query-form.js.

/** The payload a page-URL hash describes; malformed keys are skipped (the API would refuse them). */
function fromQuery(query, schema) {
  const ignored = [];
  return coerce(nestPairs(new URLSearchParams(query), ignored), schema, ignored);
}

// ---------------------------------------------------------------------------------------------------
// Payload access by path (array of segments; numbers index lists).

function getAt(segs) {
  let node = payload;
  for (const s of segs) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[s];
  }
  return node;
}

function setAt(segs, value) {
  let node = payload;
  for (let i = 0; i < segs.length - 1; i++) {
    const s = segs[i];
    if (node[s] === null || typeof node[s] !== 'object') node[s] = typeof segs[i + 1] === 'number' ? [] : {};
    node = node[s];
  }
  const last = segs[segs.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node[last] = undefined;
    else delete node[last];
  } else node[last] = value;
}

/** The payload as sent: without empty optional objects (an untouched `aggregate` is left out, not `{}`). */
function cleaned(value) {
  if (Array.isArray(value)) return value.map((v) => cleaned(v) ?? {});
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleaned(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

const pathOf = (segs) => segs.join('.');

// ---------------------------------------------------------------------------------------------------
// Schema → controls.

function classify(name, schema) {
  if (schema.anyOf || schema.oneOf) {
    const branches = schema.anyOf ?? schema.oneOf;
    if (branches.every((b) => b.type === 'string' && (b.format === 'date' || b.format === 'date-time'))) return 'date';
    if (branches.some((b) => b.enum) && branches.some((b) => b.type === 'object')) return 'choice';
    if (branches.some((b) => /^\^data:image/.test(b.pattern ?? '') || isImage(b))) return 'image';
    // a few preset words or any text (a card's label or headline): a text field that suggests the presets
    if (branches.some((b) => b.enum) && branches.some((b) => b.type === 'string' && !b.enum && !b.format)) return 'suggest';
    return classify(name, branches[0]);
  }
  if (isImage(schema)) return 'image';
  if (schema.enum) return 'enum';
  switch (schema.type) {
    case 'object': return 'object';
    case 'array': return 'array';
    case 'boolean': return 'boolean';
    case 'integer':
    case 'number': return 'number';
    case 'string':
      if (schema.pattern === HEX_PATTERN || COLOUR_NAMES.has(name)) return 'colour';
      if (schema.format === 'date') return 'date-only';
      if (schema.format === 'date-time') return 'date';
      if (/^\^data:image/.test(schema.pattern ?? '')) return 'image';
      if ((schema.maxLength ?? 0) >= 200) return 'textarea';
      return 'text';
    default: return 'text';
  }
}

/** Image fields: the API marks them with the `data-url` format (a data: URI, or an https:// URL of a picture). */
const isImage = (schema) => schema.format === 'data-url';

/**
 * Fields drawn as one cell of a compact list row: the label is there for assistive technology (and shown
 * on narrow screens) while the list's header names the columns; hints are left to the header.
 */
let compactCell = false;

/** A labelled field: label, control(s), hint, error slot. */
function fieldShell(segs, label, required, controls, hintText, extraClass = '') {
  const path = pathOf(segs);
  const id = idFor(path);
  const hint = hintText && !compactCell ? h('p', { class: 'hint', id: `${id}-hint` }, hintText) : null;
  const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  return h(
    'div',
    { class: `field ${extraClass}${compactCell ? ' cell' : ''}`.trim(), dataset: { field: path } },
    h('label', { for: id, class: compactCell ? 'cell-label' : null }, label, required || compactCell ? null : [' ', h('span', { class: 'optional' }, '(optional)')]),
    controls,
    hint,
    error,
  );
}

function describedBy(path, hint) {
  const id = idFor(path);
  return [hint && !compactCell ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
}

function renderField(name, schema, segs, mandatory, label = humanize(name), { compact = false, row = '' } = {}) {
  if (compact && !compactCell) {
    compactCell = true;
    try {
      return renderField(name, schema, segs, mandatory, label, { row });
    } finally {
      compactCell = false;
    }
  }
  const required = mandatory;
  // A field with a default always has a value: it is not marked optional.
  const marked = required || schema.default !== undefined;
  const path = pathOf(segs);
  const id = idFor(path);
  const value = getAt(segs);
  const type = classify(name, schema);
  const description = schema.description;
  const common = { id, dataset: { path }, 'aria-describedby': describedBy(path, description) };

  switch (type) {
    case 'object':
      return renderObject(schema, segs, label, required);
    case 'array':
      return renderArray(name, schema, segs, label, required);
    case 'choice':
      return renderChoice(name, schema, segs, label, required);
    case 'enum': {
      const hasDefault = schema.default !== undefined;
      const sizes = sizeLabels(schema);
      const select = h(
        'select',
        {
          ...common,
          value: value ?? schema.default ?? (required ? schema.enum[0] : ''),
          onchange: (e) => edit(segs, e.target.value === '' || (hasDefault && e.target.value === schema.default) ? undefined : e.target.value),
        },
        !required && !hasDefault ? h('option', { value: '' }, '—') : null,
        schema.enum.map((v) => h('option', { value: v }, sizes[v] ? `${v} · ${sizes[v]}` : optionLabel(v, name))),
      );
      return fieldShell(segs, label, marked, select, sizes[schema.enum[0]] ? null : description);
    }
    case 'boolean': {
      const box = h('input', {
        ...common,
        type: 'checkbox',
        checked: value ?? schema.default ?? false,
        onchange: (e) => edit(segs, e.target.checked === (schema.default ?? false) ? undefined : e.target.checked),
      });
      const error = h('p', { class: 'error', id: `${id}-error`, hidden: true });
      return h(
        'div',
        { class: `field check${compactCell ? ' cell' : ''}`, dataset: { field: path } },
        h('div', { class: 'check-row' }, box, h('label', { for: id }, label)),
        description && !compactCell ? h('p', { class: 'hint', id: `${id}-hint` }, description) : null,
        error,
      );
    }
    case 'number': {
      const input = h('input', {
        ...common,
        type: 'number',
        inputmode: schema.type === 'integer' ? 'numeric' : 'decimal',
        min: schema.minimum,
        max: schema.maximum,
        step: schema.type === 'integer' ? 1 : 'any',
        value: value ?? '',
        placeholder: schema.default !== undefined ? String(schema.default) : null,
        oninput: (e) => {
          const raw = e.target.value;
          edit(segs, raw === '' ? (e.target.validity.badInput ? raw : undefined) : Number(raw));
        },
      });
      return fieldShell(segs, label, marked, input, description, 'narrow');
    }
    case 'suggest':
      return renderSuggest(schema, segs, label, required, marked, common);
    case 'colour':
      return renderColour(schema, segs, label, required, common);
    case 'date':
    case 'date-only':
      return renderDate(schema, segs, label, required, common, type === 'date-only');
    case 'image':
      return renderImage(schema, segs, label, required, common);
    case 'textarea': {
      const counter = h('span', { class: 'counter', 'aria-hidden': 'true' });
      const updateCounter = (text) => {
        counter.textContent = `${text.length} / ${schema.maxLength}`;
        counter.classList.toggle('over', text.length > schema.maxLength);
      };
      const area = h('textarea', {
        ...common,
        // Arabic or Hebrew reads right to left as it is typed: direction from the first strong character
        dir: 'auto',
        rows: (schema.maxLength ?? 0) > 700 ? 7 : 5,
        value: value ?? '',
        oninput: (e) => {
          updateCounter(e.target.value);
          edit(segs, textValue(e.target.value, required));
        },
      });
      updateCounter(value ?? '');
      const shell = fieldShell(segs, label, marked, area, description);
      shell.querySelector('label').append(counter);
      return shell;
    }
    default: {
      const input = h('input', {
        ...common,
        type: 'text',
        dir: 'auto',
        value: value ?? '',
        oninput: (e) => edit(segs, textValue(e.target.value, required)),
      });
      return fieldShell(segs, label, marked, input, description);
    }
  }
}

/** An emptied required field is sent as "" (the API says "must not be empty"); an optional one is left out. */
const textValue = (v, required) => (v === '' ? (required ? '' : undefined) : v);

/** `og · 1200×630` labels, read from the size field's description (`og 1200×630, x 1200×675, …`). */
function sizeLabels(schema) {
  const out = {};
  for (const m of String(schema.description ?? '').matchAll(/([A-Za-z]+) (\d+)×(\d+)/g)) {
    if (schema.enum.includes(m[1])) out[m[1]] = `${m[2]}×${m[3]}`;
  }
  return out;
}

function renderObject(schema, segs, label, required) {
  const path = pathOf(segs);
  const props = Object.entries(schema.properties ?? {});
  const req = new Set(schema.required ?? []);
  return h(
    'fieldset',
    { class: 'group', dataset: { path, field: path }, id: idFor(path), 'aria-describedby': `${idFor(path)}-error` },
    h('legend', {}, label, required ? null : [' ', h('span', { class: 'optional' }, '(optional)')]),
    schema.description ? h('p', { class: 'hint' }, schema.description) : null,
    h('p', { class: 'error', id: `${idFor(path)}-error`, hidden: true }),
    h('div', { class: 'grid' }, props.map(([name, s]) => renderField(name, s, [...segs, name], req.has(name)))),
  );
}

/**
 * A new list item, filled in as far as it sensibly can be: enum choices and colours as the previous item
 * (or the kind's example) has them, a number that counts up with the items before it (ranks) or 0 where 0
 * is allowed (played, goals), a blank for what the editor must type (names, shirt numbers).
 */
function newItem(schema, previous, before, sample) {
  const item = {};
  for (const name of schema.required ?? []) {
    const s = schema.properties?.[name] ?? {};
    const type = classify(name, s);
    if (type === 'object') item[name] = newItem(s, previous?.[name], before?.[name], sample?.[name]);
    else if (type === 'enum') item[name] = previous?.[name] ?? sample?.[name] ?? s.enum[0];
    else if (type === 'colour') item[name] = previous?.[name] ?? sample?.[name] ?? '';
    else if (type === 'boolean') item[name] = false;
    else if (type === 'number') {
      const p = previous?.[name];
      const counting = typeof p === 'number' && (before === undefined || before?.[name] === p - 1);
      if (counting && (s.maximum === undefined || p + 1 <= s.maximum)) item[name] = p + 1;
      else if ((s.minimum ?? 0) <= 0 && (s.maximum ?? 0) >= 0) item[name] = 0;
    } else if (s.type === 'string' || type === 'text' || type === 'suggest') item[name] = '';
  }
  return item;
}

/** The kinds of control a list item's fields may have for the item to be edited as one compact row. */
const COMPACT_TYPES = new Set(['text', 'number', 'boolean', 'enum', 'colour', 'suggest']);
/** Items with more fields than this (a table row: rank, team, figures, form) fold behind a summary line. */
const MAX_ROW_FIELDS = 6;

/**
 * Column widths of a compact row, by control. Fixed or fractional only (never content-sized), so the
 * header's columns and every row's line up.
 */
function columnWidth(name, schema) {
  const type = classify(name, schema);
  if (type === 'number') return '3.8rem';
  if (type === 'boolean') return '3.4rem';
  if (type === 'enum') return 'minmax(6rem, 1fr)';
  if (type === 'colour') return 'minmax(8.5rem, 1.2fr)';
  // short codes: a position, a grid place or a minute (a pattern and no room for words)
  const text = schema.anyOf?.[0] ?? schema;
  if (type === 'text' && ((text.maxLength ?? 99) <= 8 || (text.pattern && !text.maxLength))) return (text.maxLength ?? 0) > 5 ? '5.5rem' : '3.6rem';
  return 'minmax(6rem, 3fr)';
}
/** The move and remove buttons of a compact row. */
const TOOLS_COLUMN = '5.6rem';

/** A short line naming an item: its first few filled-in values ("8 · Marseille · OM"). */
function summaryOf(value) {
  const parts = [];
  const walk = (v) => {
    if (parts.length >= 3 || v === undefined || v === null) return;
    if (typeof v === 'object') for (const child of Object.values(v)) walk(child);
    else if (typeof v !== 'boolean' && String(v).trim() !== '' && !String(v).startsWith('data:')) parts.push(String(v));
  };
  walk(value);
  return parts.join(' · ');
}

/**
 * Lists. Items of a few plain fields (players, stats, zones, events) are compact rows under one header of
 * column names; bigger items (table rows) fold behind a summary line and open to edit. Every item can be
 * moved up or down (buttons, or Alt+↑/↓ from any of its fields) and removed; Add appends one filled in
 * from the items before it. The list's own limits (minItems, maxItems) disable Add and Remove.
 */
function renderArray(name, schema, segs, label, required) {
  const path = pathOf(segs);
  const items = (getAt(segs) ?? []).filter((v) => v !== undefined);
  const itemLabel = singular(label);
  const max = schema.maxItems ?? Infinity;
  const min = schema.minItems ?? 0;
  const itemSchema = schema.items ?? {};
  const props = Object.entries(itemSchema.properties ?? {});
  const req = new Set(itemSchema.required ?? []);
  const compact = props.length > 0 && props.length <= MAX_ROW_FIELDS && props.every(([n, s]) => COMPACT_TYPES.has(classify(n, s)));
  const folded = props.length > 0 && !compact;
  const columns = compact ? [...props.map(([n, s]) => columnWidth(n, s)), TOOLS_COLUMN].join(' ') : '';

  const move = (from, to, focusLabel) => {
    const list = (getAt(segs) ?? []).filter((v) => v !== undefined);
    if (to < 0 || to >= list.length) return;
    const [moved] = list.splice(from, 1);
    list.splice(to, 0, moved);
    setAt(segs, list);
    // Issues name items by index: the old ones no longer line up.
    lastIssues = null;
    rerender(`${idFor(pathOf([...segs, to]))}-${focusLabel}`);
    changed();
  };
  const tools = (i) =>
    h(
      'div',
      { class: 'item-tools' },
      h('button', { type: 'button', class: 'button ghost small icon', id: `${idFor(pathOf([...segs, i]))}-up`, 'aria-label': `Move ${itemLabel.toLowerCase()} ${i + 1} up`, title: 'Move up', disabled: i === 0, onclick: () => move(i, i - 1, 'up') }, '↑'),
      h('button', { type: 'button', class: 'button ghost small icon', id: `${idFor(pathOf([...segs, i]))}-down`, 'aria-label': `Move ${itemLabel.toLowerCase()} ${i + 1} down`, title: 'Move down', disabled: i === items.length - 1, onclick: () => move(i, i + 1, 'down') }, '↓'),
      h(
        'button',
        {
          type: 'button',
          class: `button ghost small remove${compact ? ' icon' : ''}`,
          'aria-label': `Remove ${itemLabel.toLowerCase()} ${i + 1}`,
          title: 'Remove',
          disabled: items.length <= min,
          onclick: () => {
            const list = (getAt(segs) ?? []).filter((v) => v !== undefined);
            list.splice(i, 1);
            setAt(segs, list.length ? list : undefined);
            lastIssues = null;
            rerender(`${idFor(path)}-add`);
            changed();
          },
        },
        compact ? '✕' : 'Remove',
      ),
    );
  const keys = (i) => (e) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(i, e.key === 'ArrowUp' ? i - 1 : i + 1, e.key === 'ArrowUp' ? 'up' : 'down');
  };

  const list = h(
    'ol',
    { class: `items${compact ? ' compact' : ''}` },
    items.map((item, i) => {
      const itemSegs = [...segs, i];
      const itemPath = pathOf(itemSegs);
      const fields = itemSchema.properties
        ? props.map(([n, s]) => renderField(n, s, [...itemSegs, n], req.has(n), humanize(n), { compact, row: `${itemLabel} ${i + 1}` }))
        : renderField(name, itemSchema, itemSegs, true, `${itemLabel} ${i + 1}`);
      const error = h('p', { class: 'error', id: `${idFor(itemPath)}-error`, hidden: true });
      if (compact) {
        const row = h('div', { class: 'item-row', role: 'group', 'aria-label': `${itemLabel} ${i + 1}`, dataset: { path: itemPath, field: itemPath }, onkeydown: keys(i) }, fields, tools(i), error);
        row.style.setProperty('--columns', columns);
        return h('li', { class: 'item' }, row);
      }
      if (folded) {
        const open = openItems.has(itemPath);
        const details = h(
          'details',
          { class: 'item-box folded', open, dataset: { path: itemPath, field: itemPath }, onkeydown: keys(i), ontoggle: (e) => (e.target.open ? openItems.add(itemPath) : openItems.delete(itemPath)) },
          h('summary', {}, h('span', { class: 'item-name' }, `${itemLabel} ${i + 1}`), h('span', { class: 'item-summary' }, summaryOf(item))),
          error,
          h('div', { class: 'grid' }, fields),
        );
        return h('li', { class: 'item folded-item' }, details, tools(i));
      }
      return h(
        'li',
        { class: 'item' },
        h(
          'fieldset',
          { class: 'item-box', dataset: { path: itemPath, field: itemPath }, 'aria-describedby': `${idFor(itemPath)}-error`, onkeydown: keys(i) },
          h('legend', {}, `${itemLabel} ${i + 1}`),
          error,
          h('div', { class: 'grid' }, fields, tools(i)),
        ),
      );
    }),
  );
  const header = compact && items.length
    ? (() => {
        const row = h('div', { class: 'item-head', 'aria-hidden': 'true' }, props.map(([n]) => h('span', {}, humanize(n))), h('span', {}));
        row.style.setProperty('--columns', columns);
        return row;
      })()
    : null;
  const add = h('button', {
    type: 'button',
    class: 'button secondary small',
    id: `${idFor(path)}-add`,
    disabled: items.length >= max,
    onclick: () => {
      const list = (getAt(segs) ?? []).filter((v) => v !== undefined);
      if (list.length >= max) return;
      const sample = getIn(template()?.example, [...segs, 0]);
      list.push(typeof itemSchema.properties === 'object' ? newItem(itemSchema, list[list.length - 1], list[list.length - 2], sample) : '');
      setAt(segs, list);
      const newPath = pathOf([...segs, list.length - 1]);
      openItems.add(newPath);
      rerender(null);
      const first = ui.form.querySelector(`[data-path^="${CSS.escape(newPath)}."], [data-path="${CSS.escape(newPath)}"]`);
      // Focus the first field the editor has to fill in (the player, not the pre-set team).
      const empty = [...ui.form.querySelectorAll(`[data-path^="${CSS.escape(newPath)}."]`)].find((n) => n instanceof HTMLInputElement && n.type !== 'checkbox' && n.value === '');
      (empty ?? first)?.focus();
      changed();
    },
  }, `Add ${itemLabel.toLowerCase()}`);
  const count = min === max && max !== Infinity ? `${items.length} / ${max}` : String(items.length);
  return h(
    'fieldset',
    { class: 'group', dataset: { path, field: path }, id: idFor(path), 'aria-describedby': `${idFor(path)}-error` },
    h('legend', {}, label, items.length ? [' ', h('span', { class: 'count' }, count)] : null, required ? null : [' ', h('span', { class: 'optional' }, '(optional)')]),
    schema.description ? h('p', { class: 'hint' }, schema.description) : null,
    h('p', { class: 'error', id: `${idFor(path)}-error`, hidden: true }),
    items.length ? [header, list] : h('p', { class: 'hint empty' }, `No ${label.toLowerCase()} yet.`),
    h('div', { class: 'item-actions' }, add, items.length > 1 ? h('span', { class: 'hint' }, 'Alt+↑ / Alt+↓ moves the item you are in.') : null),
  );
}

/** Folded list items the editor has opened (by path), kept open across re-renders. */
const openItems = new Set();

/** A value inside any object by path (the kind's example, for new list items). */
function getIn(root, segs) {
  let node = root;
  for (const s of segs) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[s];
  }
  return node;
}

/** enum ∪ object (the theme: light, dark, or brand colours). The object's fields show when it is chosen. */
function renderChoice(name, schema, segs, label, required) {
  const path = pathOf(segs);
  const branches = schema.anyOf ?? schema.oneOf;
  const enumBranch = branches.find((b) => b.enum);
  const objectBranch = branches.find((b) => b.type === 'object');
  const objectValue = /brand/i.test(schema.description ?? '') ? 'brand' : 'custom';
  const value = getAt(segs);
  const current = value && typeof value === 'object' ? objectValue : value ?? schema.default ?? enumBranch.enum[0];
  const select = h(
    'select',
    {
      id: idFor(path),
      dataset: { path },
      'aria-describedby': describedBy(path, null),
      value: current,
      onchange: (e) => {
        const before = getAt(segs);
        if (before && typeof before === 'object') rememberedObjects.set(path, before);
        if (e.target.value === objectValue) {
          const start = rememberedObjects.get(path) ?? newItem(objectBranch);
          for (const [k, s] of Object.entries(objectBranch.properties ?? {})) {
            if (classify(k, s) === 'colour' && (objectBranch.required ?? []).includes(k) && !start[k]) start[k] = DEFAULT_BRAND_BACKGROUND;
          }
          setAt(segs, start);
        } else {
          setAt(segs, e.target.value === schema.default ? undefined : e.target.value);
        }
        rerender(idFor(path));
        changed();
      },
    },
    enumBranch.enum.map((v) => h('option', { value: v }, optionLabel(v))),
    h('option', { value: objectValue }, optionLabel(objectValue)),
  );
  const shell = fieldShell(segs, label, true, select, null, 'choice');
  if (current !== objectValue) return shell;
  // The chosen object's fields follow as their own full-width row.
  const req = new Set(objectBranch.required ?? []);
  const fragment = document.createDocumentFragment();
  fragment.append(
    shell,
    h(
      'div',
      { class: 'subfields', role: 'group', 'aria-label': `${label}: ${optionLabel(objectValue)}` },
      Object.entries(objectBranch.properties ?? {}).map(([n, s]) => renderField(n, s, [...segs, n], req.has(n))),
    ),
  );
  return fragment;
}

/**
 * One of a few preset words (printed in the card's language) or any text: a text field whose suggestions
 * are the presets. The presets' own values are what the API takes (`player-of-the-match`).
 */
function renderSuggest(schema, segs, label, required, marked, common) {
  const path = pathOf(segs);
  const branches = schema.anyOf ?? schema.oneOf;
  const presets = branches.find((b) => b.enum).enum;
  const listId = `${idFor(path)}-presets`;
  const input = h('input', {
    ...common,
    type: 'text',
    list: listId,
    placeholder: presets.join(', '),
    value: getAt(segs) ?? '',
    oninput: (e) => edit(segs, textValue(e.target.value, required)),
  });
  const options = h('datalist', { id: listId }, presets.map((v) => h('option', { value: v }, optionLabel(v))));
  return fieldShell(segs, label, marked, [input, options], schema.description);
}

function normaliseHex(v) {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(v ?? '').trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return `#${hex.toLowerCase()}`;
}

function renderColour(schema, segs, label, required, common) {
  const path = pathOf(segs);
  const value = getAt(segs);
  const picker = h('input', {
    type: 'color',
    id: `${idFor(path)}-picker`,
    class: 'swatch',
    value: normaliseHex(value) ?? '#000000',
    dataset: { empty: normaliseHex(value) ? null : 'true' },
    oninput: (e) => {
      text.value = e.target.value;
      delete e.target.dataset.empty;
      edit(segs, e.target.value);
    },
  });
  const text = h('input', {
    ...common,
    type: 'text',
    class: 'mono',
    spellcheck: 'false',
    placeholder: required ? '#1e3a8a' : 'default',
    value: value ?? '',
    oninput: (e) => {
      const hex = normaliseHex(e.target.value);
      if (hex) { picker.value = hex; delete picker.dataset.empty; } else picker.dataset.empty = 'true';
      edit(segs, textValue(e.target.value.trim(), required));
    },
  });
  const pickerLabel = h('label', { for: `${idFor(path)}-picker`, class: 'sr-only' }, `${label}: colour picker`);
  return fieldShell(segs, label, required, h('div', { class: 'colour-row' }, pickerLabel, picker, text), schema.description ?? 'Hex colour, e.g. #2faee0', 'colour');
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The browser's UTC offset at that wall-clock time, as ±hh:mm. */
function localOffset(wallClock) {
  const minutes = -new Date(wallClock).getTimezoneOffset();
  if (!Number.isFinite(minutes)) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * ISO dates. The text field holds the value the API gets (a date, or a date-time with its offset); the
 * picker edits its wall-clock part and keeps the offset, so 21:47+02:00 is never turned into 19:47Z:
 * the card shows the time in the offset it was written in.
 */
function renderDate(schema, segs, label, required, common, dateOnly) {
  const path = pathOf(segs);
  const value = getAt(segs) ?? '';
  if (dateOnly) {
    const input = h('input', { ...common, type: 'date', value, oninput: (e) => edit(segs, textValue(e.target.value, required)) });
    return fieldShell(segs, label, required, input, schema.description, 'narrow');
  }
  const toPicker = (v) => {
    const m = DATE_TIME.exec(v);
    if (m) return `${m[1]}T${m[2]}`;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T00:00`;
    return '';
  };
  const picker = h('input', {
    type: 'datetime-local',
    id: `${idFor(path)}-picker`,
    class: 'picker',
    value: toPicker(value),
    oninput: (e) => {
      const wall = e.target.value;
      if (!wall) return;
      const m = DATE_TIME.exec(text.value.trim());
      const seconds = m?.[3] ?? '00';
      const offset = m?.[4] ?? localOffset(wall);
      text.value = `${wall}:${seconds}${offset}`;
      edit(segs, text.value);
    },
  });
  const text = h('input', {
    ...common,
    type: 'text',
    class: 'mono',
    spellcheck: 'false',
    placeholder: '2024-05-02T21:47:00+02:00',
    value,
    oninput: (e) => {
      const v = e.target.value.trim();
      picker.value = toPicker(v);
      edit(segs, textValue(v, required));
    },
  });
  const hint = `${schema.description ? `${schema.description}. ` : ''}A date (2024-05-02) or a date-time with its offset; the card shows the time in that offset.`;
  const pickerBox = h('div', { class: 'picker-box' }, h('label', { for: `${idFor(path)}-picker`, class: 'sub-label' }, 'or pick'), picker);
  return fieldShell(segs, label, required, h('div', { class: 'date-row' }, text, pickerBox), hint, 'date');
}

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif'];

/**
 * Images (avatar, crest): a file picker that inlines the file as a data: URI and, when the schema also
 * accepts https:// URLs, a URL field.
 */
function renderImage(schema, segs, label, required, common) {
  const path = pathOf(segs);
  const id = idFor(path);
  const value = getAt(segs);
  const inline = typeof value === 'string' && value.startsWith('data:');
  const branches = schema.anyOf ?? schema.oneOf ?? [schema];
  const acceptsUrl = branches.some((b) => /^\^https/.test(b.pattern ?? '') || isImage(b));
  const note = h(
    'p',
    { class: 'hint file-note' },
    inline ? `Inline image set (${Math.max(1, Math.ceil(value.length / 1024))} KB).` : acceptsUrl ? 'An https:// link, or a PNG, JPEG or GIF file to inline.' : 'PNG, JPEG or GIF; inlined into the card.',
  );
  const file = h('input', {
    ...(acceptsUrl ? { id: `${id}-file` } : common),
    type: 'file',
    accept: IMAGE_TYPES.join(','),
    onchange: (e) => {
      const f = e.target.files?.[0];
      if (!f) return;
      if (!IMAGE_TYPES.includes(f.type)) {
        note.textContent = 'Choose a PNG, JPEG or GIF file.';
        return;
      }
      const reader = new FileReader();
      reader.onload = () => {
        edit(segs, String(reader.result));
        rerender(e.target.id);
      };
      reader.readAsDataURL(f);
    },
  });
  const url = acceptsUrl
    ? h('input', {
        ...common,
        type: 'url',
        class: 'mono',
        inputmode: 'url',
        spellcheck: 'false',
        placeholder: inline ? 'inline image (remove it to use a link)' : 'https://…',
        disabled: inline,
        value: inline ? '' : value ?? '',
        oninput: (e) => edit(segs, textValue(e.target.value.trim(), required)),
      })
    : null;
  const remove = inline
    ? h('button', { type: 'button', class: 'button ghost small', onclick: () => { edit(segs, undefined); rerender(acceptsUrl ? `${id}-file` : id); } }, `Remove ${label.toLowerCase()}`)
    : null;
  const controls = acceptsUrl
    ? [url, h('div', { class: 'file-row' }, h('label', { for: `${id}-file`, class: 'sub-label' }, 'or upload'), file, remove)]
    : h('div', { class: 'file-row' }, file, remove);
  const shell = fieldShell(segs, label, required, controls, schema.description);
  shell.append(note);
  return shell;
}

// ---------------------------------------------------------------------------------------------------
// Whole-page rendering.

const template = () => templates.find((t) => t.kind === kind);

function renderKinds() {
  ui.kinds.replaceChildren(
    h('legend', { class: 'sr-only' }, 'Card kind'),
    ...templates.map((t) =>
      h(
        'label',
        { class: 'kind' },
        h('input', {
          type: 'radio',
          name: 'kind',
          value: t.kind,
          checked: t.kind === kind,
          onchange: () => switchKind(t.kind),
        }),
        h('span', {}, humanize(t.kind)),
      ),
    ),
  );
}

function renderForm() {
  const t = template();
  if (!t) return;
  const props = Object.entries(t.schema.properties ?? {});
  const req = new Set(t.schema.required ?? []);
  ui.form.replaceChildren(...props.filter(([n]) => !formatFields.includes(n)).map(([n, s]) => renderField(n, s, [n], req.has(n))));
  // Format fields in one row; a field that opens more fields (the theme's brand colours) goes last.
  const format = props.filter(([n]) => formatFields.includes(n));
  const opens = ([n, s]) => (classify(n, s) === 'choice' ? 1 : 0);
  format.sort((a, b) => opens(a) - opens(b));
  ui.format.replaceChildren(...format.map(([n, s]) => renderField(n, s, [n], req.has(n))));
  presetRatio();
}

/** Rebuilds the form after a structural change, keeping the focus where it was (or on `focusId`). */
function rerender(focusId) {
  const active = document.activeElement?.id;
  renderForm();
  const target = document.getElementById(focusId ?? active ?? '') ?? (active ? document.getElementById(active) : null);
  if (target instanceof HTMLElement) target.focus();
  if (lastIssues) showIssues(lastIssues);
}

/** Each kind's last payload in this page, so switching kinds back and forth loses nothing. */
const drafts = new Map();

/**
 * Shows another kind (or, with `example`, reloads this one's example). A kind not edited yet starts
 * from its example; the size, scale and theme chosen so far carry over (the locale follows the text).
 */
function switchKind(next, { example = false } = {}) {
  const t = templates.find((x) => x.kind === next);
  if (!t) return;
  const format = Object.fromEntries(formatFields.filter((f) => f !== 'locale' && payload[f] !== undefined).map((f) => [f, payload[f]]));
  if (kind) drafts.set(kind, payload);
  kind = next;
  const draft = example ? undefined : drafts.get(next);
  payload = draft ?? { ...structuredClone(t.example), ...format };
  lastIssues = null;
  renderKinds();
  renderForm();
  changed({ immediate: true });
}

// ---------------------------------------------------------------------------------------------------
// Edits, URL state and the preview.

function edit(segs, value) {
  setAt(segs, value);
  if (segs.length === 1 && segs[0] === 'size') presetRatio();
  changed();
}

let urlTimer = 0;
function writeUrl() {
  clearTimeout(urlTimer);
  urlTimer = 0;
  const query = toQuery(cleaned(payload) ?? {});
  const next = `${location.pathname}?kind=${encodeURIComponent(kind)}${query ? `#${query}` : ''}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', next);
}
function writeUrlSoon() {
  if (!urlTimer) urlTimer = setTimeout(writeUrl, URL_WRITE_MS);
}
addEventListener('pagehide', () => urlTimer && writeUrl());

let debounce = 0;
let seq = 0;
/** @type {AbortController | null} */
let inflight = null;
/** @type {Array<{path: string, message: string}> | null} */
let lastIssues = null;
let objectUrl = '';
let current = null;

function changed({ immediate = false } = {}) {
  // Any edit makes the request in flight stale: its answer would describe an older card.
  seq++;
  inflight?.abort();
  inflight = null;
  writeUrlSoon();
  setBusy(true);
  clearTimeout(debounce);
  debounce = setTimeout(refresh, immediate ? 0 : DEBOUNCE_MS);
}

function setBusy(busy) {
  ui.frame.setAttribute('aria-busy', String(busy));
  if (busy) {
    ui.frame.dataset.state = 'loading';
    ui.status.textContent = 'Rendering…';
  }
}

async function refresh() {
  const mine = ++seq;
  inflight?.abort();
  const controller = new AbortController();
  inflight = controller;
  const body = JSON.stringify(cleaned(payload) ?? {});
  const cardKind = kind;
  try {
    const res = await fetch(`/v1/cards/${encodeURIComponent(cardKind)}.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: controller.signal,
    });
    const json = await res.json().catch(() => null);
    if (mine !== seq) return;
    if (!res.ok) {
      const issues = json?.error?.issues ?? [];
      lastIssues = issues;
      showIssues(issues);
      fail(json?.error?.message ?? `The API answered ${res.status}.`, issues);
      return;
    }
    lastIssues = null;
    showIssues([]);
    const { url, alt, width, height, shareUrl } = json;
    // No `url` when the card's GET URL is longer than the service accepts (inline images): render it with POST.
    let tooLong = !url;
    let image;
    if (!tooLong) {
      // The page's own origin: the API's `url` names the host it was asked on, which a proxy may rewrite.
      const local = new URL(url);
      image = await fetch(`${local.pathname}${local.search}`, { signal: controller.signal });
      tooLong = image.status === 414;
    }
    if (tooLong) {
      image = await fetch(`/v1/cards/${encodeURIComponent(cardKind)}.png`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: controller.signal });
    }
    if (!image.ok) {
      const err = await image.json().catch(() => null);
      if (mine !== seq) return;
      fail(err?.error?.message ?? `The image request answered ${image.status}.`, []);
      return;
    }
    const blob = await image.blob();
    if (mine !== seq) return;
    await showImage(blob, { url: url ?? '', alt, width, height, shareUrl: shareUrl ?? '', kind: cardKind, tooLong }, mine);
  } catch (err) {
    if (controller.signal.aborted || mine !== seq) return;
    fail(`The preview could not be loaded (${err instanceof Error ? err.message : String(err)}).`, []);
  }
}

async function showImage(blob, info, mine) {
  const next = URL.createObjectURL(blob);
  const probe = new Image();
  probe.src = next;
  try {
    await probe.decode();
  } catch {
    /* shown anyway; the browser reports broken images itself */
  }
  if (mine !== seq) {
    URL.revokeObjectURL(next);
    return;
  }
  const previous = objectUrl;
  objectUrl = next;
  current = info;
  ui.image.src = next;
  ui.image.alt = info.alt;
  ui.image.hidden = false;
  if (previous) URL.revokeObjectURL(previous);
  setRatio(info.width, info.height);
  ui.dims.textContent = `${info.width} × ${info.height} px · ${formatBytes(blob.size)}`;
  ui.frame.dataset.state = 'ready';
  ui.frame.dataset.version = String(Number(ui.frame.dataset.version) + 1);
  ui.frame.setAttribute('aria-busy', 'false');
  ui.status.textContent = 'Up to date';

  const size = getAt(['size']) ?? 'og';
  ui.download.href = next;
  ui.download.download = `${info.kind}-${size}.png`;
  ui.download.removeAttribute('aria-disabled');
  ui.copyAlt.disabled = false;
  // no URL to copy when the service left it out (longer than it accepts)
  ui.copyUrl.disabled = ui.copyShare.disabled = ui.copyMeta.disabled = !info.url;
  ui.outUrl.value = info.url;
  // The card's share page (GET /v1/cards/:kind.html): a link to post rather than an image.
  ui.outShare.value = info.shareUrl;
  ui.outMeta.value = metaTags(info);
  ui.outAlt.value = info.alt;
  if (info.tooLong) {
    ui.banner.replaceChildren(
      h('strong', {}, 'This card’s URL is too long for og:image. '),
      'Inline images make the GET URL longer than the server accepts: download the PNG, or link a card without the image.',
    );
    ui.banner.hidden = false;
    ui.banner.classList.add('warning');
  } else {
    ui.banner.hidden = true;
    ui.banner.classList.remove('warning');
  }
}

function fail(message, issues) {
  ui.frame.dataset.state = 'error';
  ui.frame.setAttribute('aria-busy', 'false');
  const placed = issues.filter((i) => i.placed).length;
  const loose = issues.filter((i) => !i.placed);
  ui.status.textContent = issues.length ? `${issues.length} ${issues.length === 1 ? 'field needs' : 'fields need'} attention` : 'Preview failed';
  ui.banner.classList.remove('warning');
  const parts = [h('strong', {}, issues.length ? (placed ? 'Fix the highlighted fields. ' : 'The card is not valid. ') : 'The preview could not be updated. ')];
  if (current) parts.push('The preview shows the last valid card.');
  if (loose.length) parts.push(h('ul', {}, loose.map((i) => h('li', {}, `${i.path ? `${i.path}: ` : ''}${i.message}`))));
  else if (!issues.length) parts.push(h('p', {}, message));
  ui.banner.replaceChildren(...parts);
  ui.banner.hidden = false;
  // The frame keeps the shape of the image it still shows.
  if (current) setRatio(current.width, current.height);
}

/** Puts each API issue next to the input whose data-path is its dotted path (or the closest parent group). */
function showIssues(issues) {
  for (const node of document.querySelectorAll('.error:not([hidden])')) {
    node.hidden = true;
    node.textContent = '';
  }
  for (const node of document.querySelectorAll('[aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  for (const issue of issues) {
    issue.placed = false;
    for (const path of String(issue.path).split(', ')) {
      const segs = path ? path.split('.') : [];
      for (let n = segs.length; n > 0; n--) {
        const target = document.querySelector(`[data-path="${CSS.escape(segs.slice(0, n).join('.'))}"]`);
        if (!target) continue;
        const rest = segs.slice(n).join('.');
        const box = target.closest('[data-field]');
        const slot = box?.querySelector(':scope > .error');
        if (!slot) break;
        // a folded list item with a bad field opens, so the message is seen
        const fold = target.closest('details');
        if (fold && !fold.open) fold.open = true;
        const text = rest ? `${rest} ${issue.message}` : capitalise(issue.message);
        slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
        slot.hidden = false;
        target.setAttribute('aria-invalid', 'true');
        issue.placed = true;
        break;
      }
    }
  }
}

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function formatBytes(n) {
  return n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function setRatio(width, height) {
  ui.frame.style.setProperty('--ratio', String(width / height));
}

/** The frame takes the chosen size's shape at once, before its image arrives. */
function presetRatio() {
  const sizeSchema = template()?.schema.properties?.size;
  if (!sizeSchema?.enum) return;
  const label = sizeLabels(sizeSchema)[getAt(['size']) ?? sizeSchema.default];
  const m = /(\d+)×(\d+)/.exec(label ?? '');
  if (m) setRatio(Number(m[1]), Number(m[2]));
}

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function metaTags({ url, alt, width, height }) {
  return [
    `<meta property="og:image" content="${escapeAttr(url)}">`,
    `<meta property="og:image:width" content="${width}">`,
    `<meta property="og:image:height" content="${height}">`,
    `<meta property="og:image:alt" content="${escapeAttr(alt)}">`,
    `<meta name="twitter:card" content="summary_large_image">`,
    `<meta name="twitter:image" content="${escapeAttr(url)}">`,
    `<meta name="twitter:image:alt" content="${escapeAttr(alt)}">`,
  ].join('\n');
}

/** navigator.clipboard, or (insecure origin, denied permission) the text selected in its read-only field. */
async function copy(field, what) {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(field.value);
    ui.status.textContent = `Copied the ${what}`;
  } catch {
    field.focus();
    field.select();
    ui.status.textContent = `Press Ctrl+C (⌘C) to copy the ${what}`;
  }
}

ui.copyUrl.addEventListener('click', () => copy(ui.outUrl, 'image URL'));
ui.copyShare.addEventListener('click', () => copy(ui.outShare, 'share link'));
ui.copyMeta.addEventListener('click', () => copy(ui.outMeta, 'meta tags'));
ui.copyAlt.addEventListener('click', () => copy(ui.outAlt, 'alt text'));
for (const field of [ui.outUrl, ui.outShare, ui.outMeta, ui.outAlt]) field.addEventListener('focus', () => field.select());
ui.download.addEventListener('click', (e) => {
  if (ui.download.getAttribute('aria-disabled') === 'true') e.preventDefault();
});
ui.form.addEventListener('submit', (e) => e.preventDefault());

$('load-example').addEventListener('click', () => switchKind(kind, { example: true }));
$('clear-form').addEventListener('click', () => {
  const format = Object.fromEntries(formatFields.filter((f) => payload[f] !== undefined).map((f) => [f, payload[f]]));
  payload = { ...newItem(template()?.schema ?? {}), ...format };
  lastIssues = null;
  renderForm();
  changed({ immediate: true });
});

/** State from the page URL: ?kind=…#<dotted query>; without a query, the kind's example. */
function loadFromUrl() {
  const params = new URLSearchParams(location.search);
  const wanted = params.get('kind');
  const t = templates.find((x) => x.kind === wanted) ?? templates[0];
  kind = t.kind;
  const hash = location.hash.slice(1);
  payload = hash ? fromQuery(hash, t.schema) : structuredClone(t.example);
  lastIssues = null;
  renderKinds();
  renderForm();
  changed({ immediate: true });
}

addEventListener('hashchange', loadFromUrl);

async function start() {
  try {
    const res = await fetch('/v1/templates');
    if (!res.ok) throw new Error(`GET /v1/templates answered ${res.status}`);
    templates = (await res.json()).templates;
  } catch (err) {
    ui.form.replaceChildren(h('p', { class: 'banner error-banner' }, `The card kinds could not be loaded: ${err instanceof Error ? err.message : String(err)}`));
    return;
  }
  const names = templates.map((t) => Object.keys(t.schema.properties ?? {}));
  formatFields = (names[0] ?? []).filter((n) => names.every((list) => list.includes(n)));
  loadFromUrl();
}

start();
