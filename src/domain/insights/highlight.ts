// Splits an answer into runs of text, marking the words a theme matched. The screen renders the
// runs as text nodes (marked ones in <mark>): answer text is never parsed as HTML.

export interface TextPart {
  text: string;
  mark: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Marks whole-word, case-insensitive occurrences of the terms. Longer terms are tried first so
 * "paper work" wins over "paper"; spaces in a term match any run of spaces or hyphens.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (words.length === 0 || !text) return text ? [{ text, mark: false }] : [];
  const alternatives = words.map((w) =>
    w
      .split(/[\s\-\u2010]+/)
      .map(escapeRegExp)
      .join('[\\s\\-\u2010]+'),
  );
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (match[0].length === 0) continue;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    parts.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}
