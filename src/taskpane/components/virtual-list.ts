// What the long lists (the findings, and the preview's long tables) share to mount only what is in view without
// making the page lay itself out in the middle of drawing: row heights and where the list starts, both taken from a
// ResizeObserver, which reads them after the page's own layout, never by asking for them then and there.
import type { Virtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** A row's height as the ResizeObserver measured it; before that, as last measured or estimated. */
export function measuredSize<S extends Element | Window, E extends Element>(element: E, entry: ResizeObserverEntry | undefined, list: Virtualizer<S, E>): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = list.indexFromElement(element);
  return list.itemSizeCache.get(list.options.getItemKey(index)) ?? list.options.estimateSize(index);
}

/**
 * Where `element` starts in the content `scroller` scrolls (the virtualizer's scrollMargin), measured again whenever
 * the content or the element changes size (a notice shown above the list, a paragraph above the table).
 */
export function useStartIn(element: RefObject<HTMLElement | null>, scroller: HTMLElement | Window | null): number {
  const [start, setStart] = useState(0);
  useLayoutEffect(() => {
    const target = element.current;
    const content = scroller instanceof Window ? document.body.firstElementChild : scroller?.firstElementChild;
    if (!target || !scroller || !content) return;
    const observer = new ResizeObserver(() => {
      const top = target.getBoundingClientRect().top;
      const at = scroller instanceof Window ? top + scroller.scrollY : top - scroller.getBoundingClientRect().top - scroller.clientTop + scroller.scrollTop;
      setStart((was) => (Math.abs(at - was) > 1 ? at : was));
    });
    observer.observe(content);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, scroller]);
  return start;
}
