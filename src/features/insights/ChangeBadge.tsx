import type { PulsePoint } from '../../domain/insights/types';
import { CHANGE_TEXT, formatMean } from './format';

/** Better / same / worse, in words with an arrow; the colour only repeats it. */
export function ChangeBadge({ point }: { point: PulsePoint }) {
  if (!point.change || !point.previous) {
    return <p className="change change-none">No earlier period to compare with</p>;
  }
  const { arrow, word } = CHANGE_TEXT[point.change];
  return (
    <p className={`change change-${point.change}`}>
      <span aria-hidden="true">{arrow} </span>
      {word} {point.change === 'same' ? 'as' : 'than'} {point.previous.label} (
      {formatMean(point.previous.mean)})
    </p>
  );
}
