import { PULSE_RATINGS, pulseDistribution } from '../../domain/huddle/pulse';
import { scaleFor } from '../../domain/library/scales';
import type { Prompt } from '../../domain/types';

const answers = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

/**
 * A rating prompt as a spread only: how many chose each of 1–5, never who. Withheld when so few
 * answered that a bar could point at a person. The bars are drawn for the room and spelled out
 * for screen readers.
 */
export function PulseBars({ prompt, ratings }: { prompt: Prompt; ratings: number[] }) {
  const dist = pulseDistribution(ratings);
  if (dist.withheld) {
    return <p className="room-withheld">Too few answers to show safely</p>;
  }
  const labels = scaleFor(prompt).labels;
  const max = Math.max(1, ...PULSE_RATINGS.map((r) => dist.counts[r]));
  return (
    <div className="room-pulse">
      <p className="room-count">{answers(dist.count)}</p>
      <ul className="room-bars">
        {PULSE_RATINGS.map((rating) => {
          const count = dist.counts[rating];
          return (
            <li key={rating} className="room-bar">
              <span className="visually-hidden">
                {rating}, {labels[rating - 1]}: {answers(count)}
              </span>
              <span className="room-bar-count" aria-hidden="true">
                {count}
              </span>
              <span className="room-bar-track" aria-hidden="true">
                <span
                  className="room-bar-fill"
                  // Scaled against the tallest bar; a thin line marks an empty one.
                  style={{ height: `${(count / max) * 100}%` }}
                />
              </span>
              <span className="room-bar-label" aria-hidden="true">
                <span className="room-bar-rating">{rating}</span>
                <span className="room-bar-words">{labels[rating - 1]}</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
