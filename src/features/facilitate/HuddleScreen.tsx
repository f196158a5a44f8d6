import { useCallback, useMemo, useRef, useState } from 'react';
import { useMembers, usePrompts, useSession, useTeam } from '../../db/hooks';
import { type ActionId, actionById, eventFor } from '../../domain/huddle/actions';
import { phase } from '../../domain/huddle/selectors';
import type { Member, Prompt } from '../../domain/types';
import { now } from '../../lib/clock';
import { ROOM_SCREEN_PATH } from '../../lib/presenterChannel';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GroundingMoment } from '../../ui/GroundingMoment';
import { Agenda } from './Agenda';
import { createDraftRegistry, DraftRegistryContext } from './answers/draftRegistry';
import { CommandContext, type CommandRegistry } from './commands';
import { FlowControls } from './FlowControls';
import { HuddleContext, type HuddleData, useSteadySession } from './huddleData';
import { useBeforeHandoff } from './huddleOwnership';
import {
  selectDispatch,
  selectGroundingSince,
  selectMachine,
  selectSetGrounding,
  useLiveHuddle,
} from './huddleStore';
import { Lobby } from './Lobby';
import { ShortcutsHelp } from './ShortcutsHelp';
import { StepTimer } from './StepTimer';
import { SessionAnswersProvider } from './sessionAnswers';
import { StepView } from './steps/StepView';
import { SummaryPhase } from './steps/SummaryPhase';
import { useHuddlePersistence } from './useHuddlePersistence';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRoomSync } from './useRoomSync';
import './facilitate.css';
import { UserText } from '../../ui/UserText';

export function HuddleScreen({ sessionId }: { sessionId: string }) {
  const machine = useLiveHuddle(selectMachine);
  const dispatch = useLiveHuddle(selectDispatch);
  const groundingSince = useLiveHuddle(selectGroundingSince);
  const setGrounding = useLiveHuddle(selectSetGrounding);
  const session = useSteadySession(useSession(sessionId));
  const team = useTeam(session?.teamId);
  const members = useMembers(session?.teamId);
  const prompts = usePrompts();
  const saveError = useHuddlePersistence(sessionId);
  useRoomSync(sessionId);

  const [registry] = useState(createDraftRegistry);
  useBeforeHandoff(registry.flushAll);
  const commands = useRef<CommandRegistry>({ handlers: new Map() }).current;
  const [helpOpen, setHelpOpen] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const data: HuddleData | null = useMemo(() => {
    if (!session || !prompts || !members || !team) return null;
    const promptsById = new Map<string, Prompt>(prompts.map((p) => [p.id, p]));
    const membersById = new Map<string, Member>(members.map((m) => [m.id, m]));
    return { session, team, promptsById, membersById };
  }, [session, team, prompts, members]);

  const run = useCallback(
    async (id: ActionId) => {
      const state = useLiveHuddle.getState().machine;
      if (!state) return;
      if (id === 'grounding') {
        setGrounding(useLiveHuddle.getState().groundingSince ? null : now());
        return;
      }
      if (id === 'help') {
        setHelpOpen((open) => !open);
        return;
      }
      try {
        const custom = commands.handlers.get(id);
        if (custom) {
          await custom();
        } else {
          // Every keystroke is on disk before the screen moves on.
          if (id === 'next' || id === 'back' || id === 'skip' || id === 'end-early') {
            await registry.flushAll();
          }
          const event = eventFor(actionById(id), state, now());
          if (event) dispatch(event);
        }
        setActionError(null);
      } catch (error) {
        setActionError(error);
      }
    },
    [commands, dispatch, registry, setGrounding],
  );

  useKeyboardShortcuts((id) => void run(id), !helpOpen && groundingSince === null);

  if (!machine || !data) {
    return (
      <div className="page">
        <h1>Opening the huddle…</h1>
      </div>
    );
  }

  const current = phase(machine);
  const openRoomScreen = () => {
    window.open(ROOM_SCREEN_PATH, 'parallel-process-room', 'popup,width=1280,height=720');
  };

  return (
    <HuddleContext.Provider value={data}>
      <DraftRegistryContext.Provider value={registry}>
        <CommandContext.Provider value={commands}>
          <div className="huddle">
            <div className="huddle-toolbar">
              <p className="huddle-team">
                <UserText text={data.team.name} clamp /> ·{' '}
                <UserText text={data.session.planName} clamp />
              </p>
              {current === 'step' && <StepTimer onRun={run} />}
              <div className="button-row">
                <button type="button" className="secondary" onClick={() => void run('grounding')}>
                  Grounding moment <kbd>G</kbd>
                </button>
                <button type="button" className="secondary" onClick={openRoomScreen}>
                  Open room screen
                </button>
                <button type="button" className="secondary" onClick={() => setHelpOpen(true)}>
                  Shortcuts <kbd>?</kbd>
                </button>
              </div>
            </div>
            <ErrorMessage error={saveError ?? actionError} />
            <div className="huddle-grid">
              <Agenda />
              <div className="huddle-stage">
                {current === 'lobby' && <Lobby onRun={run} />}
                <SessionAnswersProvider sessionId={sessionId}>
                  {current === 'step' && <StepView key={machine.currentStep} />}
                  {current === 'summary' && <SummaryPhase onRun={run} />}
                </SessionAnswersProvider>
                <FlowControls onRun={run} />
              </div>
            </div>
          </div>
          {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
          {groundingSince !== null && (
            <GroundingMoment startedAt={groundingSince} onClose={() => setGrounding(null)} />
          )}
        </CommandContext.Provider>
      </DraftRegistryContext.Provider>
    </HuddleContext.Provider>
  );
}
