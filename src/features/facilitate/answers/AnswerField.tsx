import { type ChangeEvent, memo, useCallback, useId } from 'react';
import { scaleFor } from '../../../domain/library/scales';
import type { Prompt, Response } from '../../../domain/types';
import { FeelingPicker } from './FeelingPicker';
import { SaveStatusText } from './SaveStatusText';
import { ScaleInput } from './ScaleInput';
import { useAnswerDraft } from './useAnswerDraft';

export interface AnswerTarget {
  sessionId: string;
  stepIndex: number;
  memberId: string | null;
  slot?: number;
}

interface AnswerFieldProps {
  prompt: Prompt;
  target: AnswerTarget;
  /**
   * The stored answer this field starts from. Read once, when the field mounts: later versions
   * of that row are this field's own saves coming back, so they do not re-render it.
   */
  saved: Response | undefined;
  autoFocus?: boolean;
}

const NO_FEELINGS: string[] = [];

/**
 * One prompt's answer input, saved as it is typed. Memoised: a keystroke re-renders this field
 * only, and an autosave (which re-reads the step's answers) does not re-render the other fields
 * of the turn, such as the feeling picker and its sixty-odd buttons.
 */
export const AnswerField = memo(function AnswerField({
  prompt,
  target,
  saved,
  autoFocus = false,
}: AnswerFieldProps) {
  const textId = useId();
  const draft = useAnswerDraft({ ...target, promptId: prompt.id }, saved);
  const { value, update, flush } = draft;
  const onText = useCallback(
    (e: ChangeEvent<HTMLTextAreaElement>) => update({ passed: false, text: e.target.value }),
    [update],
  );
  const onRating = useCallback((rating: number) => update({ passed: false, rating }), [update]);
  const onFeelings = useCallback(
    (feelings: string[]) => update({ passed: false, feelings }),
    [update],
  );
  const onBlur = useCallback(() => void flush(), [flush]);

  return (
    <div className="answer-field">
      {prompt.kind === 'text' && (
        <>
          <label htmlFor={textId} className="prompt-label">
            {prompt.text}
          </label>
          <textarea
            id={textId}
            value={value.text ?? ''}
            onChange={onText}
            onBlur={onBlur}
            // biome-ignore lint/a11y/noAutofocus: the person was just handed the device to write.
            autoFocus={autoFocus}
            maxLength={5000}
          />
        </>
      )}
      {prompt.kind === 'scale' && (
        <ScaleInput
          legend={prompt.text}
          scale={scaleFor(prompt)}
          value={value.rating}
          onChange={onRating}
        />
      )}
      {prompt.kind === 'feeling' && (
        <>
          <FeelingPicker
            legend={prompt.text}
            selected={value.feelings ?? NO_FEELINGS}
            onChange={onFeelings}
          />
          <label htmlFor={textId}>Anything to add? (optional)</label>
          <textarea
            id={textId}
            className="short"
            value={value.text ?? ''}
            onChange={onText}
            onBlur={onBlur}
            maxLength={5000}
          />
        </>
      )}
      {prompt.kind === 'choice' && (
        <fieldset className="choice-input">
          <legend>{prompt.text}</legend>
          {(prompt.choices ?? []).map((choice) => (
            <label key={choice} className="choice-option">
              <input
                type="radio"
                name={`${textId}-choice`}
                checked={value.text === choice}
                onChange={() => update({ passed: false, text: choice })}
              />
              {choice}
            </label>
          ))}
        </fieldset>
      )}
      <SaveStatusText status={draft.status} error={draft.error} />
    </div>
  );
}, sameField);

/** Same prompt and same person or slot: `saved` is left out on purpose (see its comment). */
function sameField(a: AnswerFieldProps, b: AnswerFieldProps): boolean {
  return (
    a.prompt === b.prompt &&
    a.autoFocus === b.autoFocus &&
    a.target.sessionId === b.target.sessionId &&
    a.target.stepIndex === b.target.stepIndex &&
    a.target.memberId === b.target.memberId &&
    a.target.slot === b.target.slot
  );
}
