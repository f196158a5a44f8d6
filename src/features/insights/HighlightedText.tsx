import { highlightParts } from '../../domain/insights/highlight';

/** The answer as text nodes (direction isolated), the matched words in <mark>. Never HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = highlightParts(text, terms);
  return (
    <bdi className="user-text">
      {parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a given text.
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a given text.
          <span key={i}>{part.text}</span>
        ),
      )}
    </bdi>
  );
}
