import { useId } from 'react';
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

/** One prompt's answer input, saved as it is typed. */
export function AnswerField({
  prompt,
  target,
  saved,
  autoFocus = false,
}: {
  prompt: Prompt;
  target: AnswerTarget;
  saved: Response | undefined;
  autoFocus?: boolean;
}) {
  const textId = useId();
  const draft = useAnswerDraft({ ...target, promptId: prompt.id }, saved);
  const { value, setValue, flush } = draft;

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
            onChange={(e) => setValue({ ...value, passed: false, text: e.target.value })}
            onBlur={() => void flush()}
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
          onChange={(rating) => setValue({ ...value, passed: false, rating })}
        />
      )}
      {prompt.kind === 'feeling' && (
        <>
          <FeelingPicker
            legend={prompt.text}
            selected={value.feelings ?? []}
            onChange={(feelings) => setValue({ ...value, passed: false, feelings })}
          />
          <label htmlFor={textId}>Anything to add? (optional)</label>
          <textarea
            id={textId}
            className="short"
            value={value.text ?? ''}
            onChange={(e) => setValue({ ...value, passed: false, text: e.target.value })}
            onBlur={() => void flush()}
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
                onChange={() => setValue({ ...value, passed: false, text: choice })}
              />
              {choice}
            </label>
          ))}
        </fieldset>
      )}
      <SaveStatusText status={draft.status} error={draft.error} />
    </div>
  );
}
