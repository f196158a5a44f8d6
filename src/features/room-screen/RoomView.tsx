import { useSession, useTeam } from '../../db/hooks';
import type { Session } from '../../domain/types';
import type { RoomState } from '../../lib/presenterChannel';
import type { RoomSnapshot } from '../../lib/presenterSync';
import { GroundingMoment } from '../../ui/GroundingMoment';
import { PromptStep } from './PromptAnswers';
import { MadeCommitments, ReviewCommitments } from './RoomCommitments';
import { Brand, RoomFrame } from './RoomFrame';
import { RoomTimer } from './RoomTimer';
import './room-screen.css';
import { UserText } from '../../ui/UserText';

/**
 * What the wall display shows for the latest presenter state. Position, timer, grounding and
 * "someone is writing" come from the facilitator's window; prompts, answers and whether a step
 * was revealed come from the database, live, so nothing private ever travels on the channel.
 */
export function RoomView({ snapshot }: { snapshot: RoomSnapshot | null }) {
  const state = snapshot?.state ?? null;
  const session = useSession(state?.sessionId);

  if (!state || session === null) return <Waiting />;
  if (snapshot?.ended) {
    return <Closing teamId={session?.id === state.sessionId ? session.teamId : undefined} />;
  }
  if (state.groundingSince !== null) {
    return (
      <main id="main" className="room-screen room-grounding">
        <GroundingMoment startedAt={state.groundingSince} large headingLevel={1} />
      </main>
    );
  }
  // A live query answers for the previous huddle until the new one loads: never mix the two.
  if (session === undefined || session.id !== state.sessionId) return <Waiting opening />;
  if (session.status !== 'active' || state.currentStep >= session.steps.length) {
    return <Closing teamId={session.teamId} />;
  }
  if (state.currentStep < 0) return <Lobby session={session} />;
  return <StepScreen session={session} state={state} />;
}

function Waiting({ opening = false }: { opening?: boolean }) {
  return (
    <RoomFrame view="waiting">
      <Brand />
      <h1 className="room-headline">
        {opening ? 'Opening the huddle…' : 'Waiting for the facilitator…'}
      </h1>
      <p className="room-lead">When a huddle runs on this device, it appears here.</p>
    </RoomFrame>
  );
}

function Closing({ teamId }: { teamId: string | undefined }) {
  const loaded = useTeam(teamId);
  const team = loaded?.id === teamId ? loaded : null;
  return (
    <RoomFrame view="closing">
      {team && (
        <p className="room-kicker">
          <UserText text={team.name} clamp />
        </p>
      )}
      <h1 className="room-headline">Thank you</h1>
      <p className="room-lead">for the time and care you gave each other today.</p>
    </RoomFrame>
  );
}

function Lobby({ session }: { session: Session }) {
  const loaded = useTeam(session.teamId);
  const team = loaded?.id === session.teamId ? loaded : null;
  const minutes = Math.max(1, Math.round(session.steps.reduce((t, s) => t + s.timeBoxSec, 0) / 60));
  const stepCount = session.steps.length;
  return (
    <RoomFrame
      view="lobby"
      top={
        <p className="room-position">
          Today: <UserText text={session.planName} clamp /> · {stepCount}{' '}
          {stepCount === 1 ? 'step' : 'steps'} · about {minutes}{' '}
          {minutes === 1 ? 'minute' : 'minutes'}
        </p>
      }
    >
      {team && (
        <>
          <h1 className="room-team">
            <UserText text={team.name} clamp />
          </h1>
          {team.agreements.length > 0 ? (
            <section className="room-agreements" aria-labelledby="room-agreements-title">
              <h2 id="room-agreements-title">Our agreements</h2>
              <ul className={team.agreements.length > 6 ? 'room-agreements-many' : undefined}>
                {team.agreements.map((agreement, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list that may repeat a line.
                  <li key={`${i}:${agreement}`}>
                    <UserText text={agreement} />
                  </li>
                ))}
              </ul>
            </section>
          ) : (
            <p className="room-lead">Welcome. We'll begin in a moment.</p>
          )}
        </>
      )}
    </RoomFrame>
  );
}

function StepScreen({ session, state }: { session: Session; state: RoomState }) {
  const index = state.currentStep;
  const step = session.steps[index];
  if (!step) return null;
  const next = session.steps[index + 1];
  return (
    <RoomFrame
      view="step"
      top={
        <>
          <p className="room-position">
            <span>
              Step {index + 1} of {session.steps.length}
            </span>
            <span className="room-next">{next ? `Next: ${next.title}` : 'Last step'}</span>
          </p>
          {state.timer && <RoomTimer timer={state.timer} />}
        </>
      }
    >
      <h1 className="room-step-title">
        <UserText text={step.title} />
      </h1>
      {/* Keyed per step: a live query keeps its last result while a new one loads, so a reused
          component would briefly show the previous step's answers under this step's rules. */}
      {step.kind === 'prompts' && (
        <PromptStep
          key={`${session.id}:${index}`}
          session={session}
          stepIndex={index}
          step={step}
          someoneWriting={state.someoneWriting}
          doneTurns={state.doneTurns}
        />
      )}
      {step.kind === 'review-commitments' && (
        <ReviewCommitments key={session.id} teamId={session.teamId} sessionId={session.id} />
      )}
      {step.kind === 'commitments' && <MadeCommitments key={session.id} sessionId={session.id} />}
    </RoomFrame>
  );
}
