import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { readThemeAnswers, type ThemeAnswerView } from '../../db/insights';
import { useAnswerTags } from '../../db/insightsHooks';
import { PILLAR_LABELS } from '../../domain/pillars';
import type { Period, ThemeResult } from '../../domain/themes/types';
import type { Team, Theme } from '../../domain/types';
import { UserText } from '../../ui/UserText';
import { AnswerTags } from './AnswerTags';
import { formatDate, PERIOD_NOUNS, plural, TREND_LABELS } from './format';
import { HighlightedText } from './HighlightedText';
import { Sparkline } from './Sparkline';
import { ThemeActions } from './ThemeActions';

/** Answers fetched per page: a theme may hold hundreds, the screen needs a few at a time. */
export const ANSWER_PAGE = 20;

/** The answers behind one theme, newest first, matched words marked, never a name. */
export function ThemeDrillDown({
  team,
  theme,
  period,
  named,
  onClose,
}: {
  team: Team;
  theme: ThemeResult;
  period: Period;
  named: Theme[];
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [answers, setAnswers] = useState<ThemeAnswerView[]>([]);
  const [shown, setShown] = useState(ANSWER_PAGE);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const evidence = theme.evidence;
  const terms = new Map(evidence.map((e) => [e.responseId, e.terms]));
  const evidenceKey = evidence.map((e) => e.responseId).join('|');
  // Pages already read, by their ids: "Show more" reads only the next page from the database.
  const pageCache = useRef(new Map<string, ThemeAnswerView[]>());
  const tags = useAnswerTags(answers.map((a) => a.id)) ?? [];

  // Focus the heading when the drill-down opens, so keyboard and screen reader users land on it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let cancelled = false;
    const all = evidenceKey ? evidenceKey.split('|') : [];
    const pages: string[][] = [];
    for (let start = 0; start < Math.min(shown, all.length); start += ANSWER_PAGE) {
      pages.push(all.slice(start, start + ANSWER_PAGE));
    }
    const cache = pageCache.current;
    Promise.all(
      pages.map(async (ids) => {
        const key = ids.join('|');
        const hit = cache.get(key);
        if (hit) return hit;
        const rows = await readThemeAnswers(ids);
        cache.set(key, rows);
        return rows;
      }),
    ).then(
      (rows) => {
        if (!cancelled) setAnswers(rows.flat());
      },
      () => {
        if (!cancelled) setError('These answers could not be read.');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [evidenceKey, shown]);

  const left = evidence.length - shown;
  return (
    <section className="theme-drill" aria-labelledby="theme-drill-title">
      <button type="button" className="secondary" onClick={onClose}>
        ← All themes
      </button>
      <h3 id="theme-drill-title" className="theme-drill-title" ref={heading} tabIndex={-1}>
        Answers behind “<UserText text={theme.label} />”
      </h3>
      <div className="theme-drill-summary">
        <Sparkline series={theme.series} noun={PERIOD_NOUNS[period]} />
        <p>
          <strong>{TREND_LABELS[theme.trend]}</strong> · {plural(theme.count, 'answer')} from{' '}
          {plural(theme.huddles, 'huddle')}. Matched words are highlighted; names are never shown.
        </p>
      </div>
      {theme.variants.length > 1 && (
        <p className="muted">Written as: {theme.variants.join(', ')}</p>
      )}
      <ThemeActions team={team} theme={theme} named={named} onDone={setStatus} />
      <p role="status" className="insights-note">
        {status}
      </p>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <ol className="answer-list" aria-label={`Answers mentioning ${theme.label}`}>
        {answers.map((answer) => {
          const when = answer.huddleAt ?? answer.createdAt;
          return (
            <li key={answer.id} className="answer-item">
              <p className="answer-text">
                <HighlightedText text={answer.text} terms={terms.get(answer.id) ?? []} />
              </p>
              {answer.prompt && <p className="answer-prompt muted">Asked: {answer.prompt}</p>}
              <p className="answer-meta">
                <span>{formatDate(when)}</span>
                <span>{PILLAR_LABELS[answer.pillar]}</span>
                <Link to={`/history/${answer.sessionId}`}>Huddle of {formatDate(when)}</Link>
              </p>
              <AnswerTags
                responseId={answer.id}
                named={named}
                tags={tags.filter((t) => t.responseId === answer.id)}
              />
            </li>
          );
        })}
      </ol>
      {left <= 0 && theme.count > evidence.length && (
        <p className="muted">
          These are the newest {evidence.length.toLocaleString()} of {plural(theme.count, 'answer')}
          . Search in <Link to="/history">History</Link> to find older ones.
        </p>
      )}
      {left > 0 && (
        <button
          type="button"
          className="secondary"
          onClick={() => setShown((n) => n + ANSWER_PAGE)}
        >
          Show {Math.min(ANSWER_PAGE, left)} more answers ({left} not shown)
        </button>
      )}
    </section>
  );
}
