import { useCallback, useLayoutEffect, useRef } from 'react';

/** A text box that has focus (an autofocused answer box) keeps it: the person is about to type. */
export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return !['radio', 'checkbox', 'button', 'submit'].includes((element as HTMLInputElement).type);
}

/**
 * Moves focus to an element (a heading with tabIndex={-1}) and brings it to the top of the
 * screen. Focus must leave the button just pressed: left on "Next", a second Enter would act on
 * the new step; left on a button that has gone, it falls to the page body.
 */
export function moveFocusTo(element: HTMLElement | null | undefined): void {
  if (!element || isTextEntry(document.activeElement)) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'start' });
}

/**
 * Moves focus to the element under the returned ref whenever `key` changes (a new turn), not on
 * the first render: the step's own heading takes focus then. Layout effect, so focus has moved
 * before another key press can reach the old button.
 */
export function useFocusOnChange(key: unknown): (element: HTMLElement | null) => void {
  const target = useRef<HTMLElement | null>(null);
  const last = useRef(key);
  useLayoutEffect(() => {
    if (Object.is(last.current, key)) return;
    last.current = key;
    moveFocusTo(target.current);
  }, [key]);
  // A callback ref: one of several elements holds it, whichever the new turn shows.
  return useCallback((element: HTMLElement | null) => {
    target.current = element;
  }, []);
}
