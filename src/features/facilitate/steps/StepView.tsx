import { Suspense } from 'react';
import { currentStepDef, isWriting } from '../../../domain/huddle/selectors';
import { stepPrompts, useHuddleData } from '../huddleData';
import { selectMachine, useLiveHuddle } from '../huddleStore';
import { CommitmentsPart, DevicePart, ReviewPart } from '../lazyParts';
import { MODE_HINTS } from '../modeHints';
import { FacilitatorNotes } from './FacilitatorNotes';
import { RoundStep } from './RoundStep';

export function StepView() {
  const machine = useLiveHuddle(selectMachine);
  const data = useHuddleData();
  const step = machine ? currentStepDef(machine) : null;
  if (!machine || !step) return null;
  const index = machine.currentStep;
  const prompts = stepPrompts(data, index);
  return (
    <section className="step" aria-labelledby="step-title">
      <p className="step-kicker">
        Step {index + 1} of {machine.steps.length}
        {step.kind === 'prompts' && ` · ${MODE_HINTS[step.mode].label}`}
      </p>
      <h1 id="step-title" tabIndex={-1}>
        {step.title}
      </h1>
      {step.kind === 'prompts' && <p className="muted">{MODE_HINTS[step.mode].hint}</p>}
      {/* The facilitator's notes are not for the person holding the device to write. */}
      {!isWriting(machine) && <FacilitatorNotes prompts={prompts} />}
      <Suspense fallback={null}>
        {step.kind === 'review-commitments' && <ReviewPart.Component />}
        {step.kind === 'commitments' && <CommitmentsPart.Component />}
      </Suspense>
      {step.kind === 'prompts' &&
        (step.mode === 'round' ? (
          <RoundStep stepIndex={index} prompts={prompts} />
        ) : (
          <Suspense fallback={null}>
            <DevicePart.Component stepIndex={index} prompts={prompts} mode={step.mode} />
          </Suspense>
        ))}
    </section>
  );
}
