/**
 * A minimal JSX factory producing the React-element-like objects satori accepts
 * (`{ type, props: { children, style } }`), so templates need neither React nor HTML strings.
 * Function components are called at creation time: the tree handed to satori only holds intrinsic elements.
 */
export type Child = SatoriElement | string | number | null | undefined | false | Child[];
export interface SatoriElement {
  type: string;
  props: Record<string, unknown> & { children?: Child; style?: Style };
}
export type Style = Record<string, string | number | undefined>;
type Props = Record<string, unknown> | null;
type Component<P> = (props: P & { children?: Child }) => SatoriElement;

export function h(type: string | Component<any>, props: Props, ...children: Child[]): SatoriElement {
  const flat = children.flat(Infinity as 1).filter((c) => c !== null && c !== undefined && c !== false) as Child[];
  const kids: Child = flat.length === 0 ? undefined : flat.length === 1 ? flat[0] : flat;
  if (typeof type === 'function') return type({ ...(props ?? {}), children: kids });
  const p: SatoriElement['props'] = { ...(props ?? {}) };
  if (kids !== undefined) p.children = kids;
  return { type, props: p };
}

export function Fragment(props: { children?: Child }): SatoriElement {
  // satori has no fragments: a fragment becomes a transparent flex container.
  return { type: 'div', props: { style: { display: 'flex' }, children: props.children } };
}

// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace h {
  namespace JSX {
    type Element = SatoriElement;
    interface ElementChildrenAttribute { children: unknown }
    interface IntrinsicAttributes { key?: string | number }
    interface Common { style?: Style; children?: Child; lang?: string; key?: string | number }
    interface IntrinsicElements {
      div: Common;
      span: Common;
      p: Common;
      img: Common & { src: string; width?: number; height?: number; alt?: string };
      svg: Common & { width?: number | string; height?: number | string; viewBox?: string; fill?: string };
      path: Common & { d: string; fill?: string; stroke?: string; 'stroke-width'?: number };
      circle: Common & { cx: number; cy: number; r: number; fill?: string };
    }
  }
}
