// Typed JSX for every mbc- element (React 19), from the library's own tag map:
// properties of the element class (`heading`, `theme`, …) are typed props, and
// dashed attribute names (`heading-level`) are accepted as strings or numbers.
import type { DOMAttributes, HTMLAttributes, RefAttributes } from 'react';
import type {} from 'mine-ban-widgets';

type MbcTag = Extract<keyof HTMLElementTagNameMap, `mbc-${string}`>;
type MbcProps<E extends HTMLElement> = Partial<Omit<E, keyof HTMLElement>> &
  HTMLAttributes<E> &
  DOMAttributes<E> &
  RefAttributes<E> & {
    [attribute: `${string}-${string}`]: string | number | boolean | undefined | ((event: CustomEvent) => void);
  };
type MbcIntrinsicElements = { [K in MbcTag]: MbcProps<HTMLElementTagNameMap[K]> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- React's JSX namespace is extended by declaration merging
    interface IntrinsicElements extends MbcIntrinsicElements {}
  }
}
