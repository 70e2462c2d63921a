import { parse } from 'parse5';

/**
 * A page read the way a browser or a crawler reads it: parse5 is the WHATWG HTML parser, so an escaping
 * mistake (a stray quote, `</title>`, `<meta`) shows up here as an extra element or a cut attribute.
 */
export interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

export function parseHtml(html: string): { elements: Element[]; all(tag: string): Element[]; meta(key: string): string[] } {
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if (node.tagName) elements.push({ tag: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(node) });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html) as unknown as Node);
  const all = (tag: string) => elements.filter((e) => e.tag === tag);
  /** The content of every <meta property=key> or <meta name=key>, in document order. */
  const meta = (key: string) => all('meta').filter((m) => m.attrs.property === key || m.attrs.name === key).map((m) => m.attrs.content ?? '');
  return { elements, all, meta };
}
