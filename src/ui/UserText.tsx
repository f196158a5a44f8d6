// Text that people typed (names, answers, commitments), shown so it cannot disturb the page
// around it: its direction is isolated, it wraps inside any width, and a very long name can be
// clamped to a few lines with the whole of it kept for assistive technology and as a tooltip.

/**
 * Explicit direction controls: embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). An override makes the letters after it display in reverse, so "\u202Enav"
 * reads as "van": a name could pass for another, and in a sentence built as a string it would
 * reverse the words after the name too. Right-to-left scripts never need them to display
 * correctly (the bidi algorithm works from the letters themselves), so they are left out of
 * what is shown; the stored text is unchanged.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A clamped text longer than this gets its whole text as a tooltip. */
const TOOLTIP_FROM = 80;

/** The text as it is shown: without direction controls. */
export function shownText(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/** Longest name the app itself accepts (MAX_NAME_LENGTH in db/validate): shown whole. */
const OPTION_LENGTH = 80;

/**
 * A name as an <option>'s text. An option is plain text (no <bdi>, no CSS clamp) and a select is
 * as wide as its longest option, so an imported name longer than any the app accepts is cut.
 */
export function optionText(name: string): string {
  const shown = shownText(name);
  return shown.length > OPTION_LENGTH ? `${shown.slice(0, OPTION_LENGTH - 1)}…` : shown;
}

/**
 * User-provided text. `clamp`: at most three lines (for names in headings, cards and lists);
 * the rest is hidden visually only. Clamp only a name that stands alone or is set off by spaces:
 * the clamped box is inline-block-like, and browsers put a space around it in accessible names
 * ("Ana 's turn").
 */
export function UserText({ text, clamp = false }: { text: string; clamp?: boolean }) {
  const shown = shownText(text);
  return (
    <bdi
      className={clamp ? 'user-text user-text-clamp' : 'user-text'}
      title={clamp && shown.length > TOOLTIP_FROM ? shown : undefined}
    >
      {shown}
    </bdi>
  );
}
