import { highlightParts } from '../../domain/insights/highlight';

/** The answer as text nodes, the matched words in <mark>. Never parsed as HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = highlightParts(text, terms);
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a given text.
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a given text.
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
