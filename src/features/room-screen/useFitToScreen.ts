import { useLayoutEffect, useRef } from 'react';

// The room screen is read from the back of a room and nobody scrolls a wall display, so its
// stage shrinks its type (the --fit factor the CSS multiplies font sizes by) until the content
// fits. Below MIN_FIT the text would be too small to read from afar; the stage scrolls instead.
const MIN_FIT = 0.4;
const STEP = 0.05;

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

function fitContent(el: HTMLElement): void {
  let scale = 1;
  el.style.setProperty('--fit', '1');
  while (scale > MIN_FIT && overflows(el)) {
    scale = Math.round((scale - STEP) * 100) / 100;
    el.style.setProperty('--fit', String(scale));
  }
}

/**
 * Fits the element's content on first layout, whenever its content changes and whenever the
 * window is resized. Observers run before paint, so a change never flashes at the wrong size.
 */
export function useFitToScreen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const refit = () => fitContent(el);
    refit();
    const mutations = new MutationObserver(refit);
    // Not attributes: fit() sets the element's own style, which must not trigger another fit.
    mutations.observe(el, { childList: true, subtree: true, characterData: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(refit);
    resize?.observe(el);
    window.addEventListener('resize', refit);
    return () => {
      mutations.disconnect();
      resize?.disconnect();
      window.removeEventListener('resize', refit);
    };
  }, []);
  return ref;
}
