import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useMembers, usePrompts, useSession, useTeam } from '../../db/hooks';
import { type ActionId, actionById, eventFor } from '../../domain/huddle/actions';
import { phase } from '../../domain/huddle/selectors';
import type { Member, Prompt } from '../../domain/types';
import { now } from '../../lib/clock';
import { ROOM_SCREEN_PATH } from '../../lib/presenterChannel';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Agenda } from './Agenda';
import { createDraftRegistry, DraftRegistryContext } from './answers/draftRegistry';
import { CommandContext, createCommandRegistry } from './commands';
import { FlowControls } from './FlowControls';
import { moveFocusTo } from './focus';
import { HuddleAnnouncer } from './HuddleAnnouncer';
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
import { GroundingPart, HelpPart, preloadPartAfter, SummaryPart } from './lazyParts';
import { ShortcutButton } from './ShortcutButton';
import { StepTimer } from './StepTimer';
import { SessionAnswersProvider } from './sessionAnswers';
import { StepView } from './steps/StepView';
import { useHuddlePersistence } from './useHuddlePersistence';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRoomSync } from './useRoomSync';
import './facilitate.css';
import { UserText } from '../../ui/UserText';

/** Turn actions act on whoever has the floor: pressed while another action runs, they are dropped. */
const TURN_ACTIONS: ReadonlySet<ActionId> = new Set(['pass', 'hand-to-next']);

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
  const [commands] = useState(createCommandRegistry);
  const stage = useRef<HTMLDivElement>(null);
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
        const whenBusy = TURN_ACTIONS.has(id) ? 'drop' : 'queue';
        await commands.exclusive(
          id,
          async () => {
            // Looked up when its turn comes, so a queued action acts on the screen as it is then.
            const custom = commands.handlers.get(id);
            if (custom) {
              await custom();
            } else {
              // Every keystroke is on disk before the screen moves on.
              if (id === 'next' || id === 'back' || id === 'skip' || id === 'end-early') {
                await registry.flushAll();
              }
              const latest = useLiveHuddle.getState().machine ?? state;
              const event = eventFor(actionById(id), latest, now());
              if (event) dispatch(event);
            }
          },
          whenBusy,
        );
        setActionError(null);
      } catch (error) {
        setActionError(error);
      }
    },
    [commands, dispatch, registry, setGrounding],
  );

  useKeyboardShortcuts((id) => void run(id), !helpOpen && groundingSince === null);

  // Once a position shows, the next one's code is fetched (a lobby fetches its first step's), so
  // Next renders it at once; the first load itself never waits for it.
  const stepNow = machine?.currentStep;
  useEffect(() => {
    const state = useLiveHuddle.getState().machine;
    if (state && stepNow !== undefined) preloadPartAfter(state);
  }, [stepNow]);

  // A new screen (the lobby, each step, the summary) takes focus on its heading, so focus never
  // stays on the button that moved on nor falls to the page body.
  const ready = machine !== null && data !== null;
  const where = machine ? `${phase(machine)}:${machine.currentStep}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `where` is the trigger, not an input.
  useLayoutEffect(() => {
    if (ready) moveFocusTo(stage.current?.querySelector<HTMLElement>('h1'));
  }, [ready, where]);

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
                <ShortcutButton
                  action="grounding"
                  className="secondary"
                  onClick={() => void run('grounding')}
                >
                  Grounding moment
                </ShortcutButton>
                <button type="button" className="secondary" onClick={openRoomScreen}>
                  Open room screen
                </button>
                <ShortcutButton
                  action="help"
                  className="secondary"
                  onClick={() => setHelpOpen(true)}
                >
                  Shortcuts
                </ShortcutButton>
              </div>
            </div>
            <HuddleAnnouncer />
            <ErrorMessage error={saveError ?? actionError} />
            <div className="huddle-grid">
              <Agenda />
              <div className="huddle-stage" ref={stage}>
                {current === 'lobby' && <Lobby onRun={run} />}
                <SessionAnswersProvider sessionId={sessionId}>
                  {current === 'step' && <StepView key={machine.currentStep} />}
                  {current === 'summary' && (
                    <Suspense fallback={null}>
                      <SummaryPart.Component onRun={run} />
                    </Suspense>
                  )}
                </SessionAnswersProvider>
                <FlowControls onRun={run} />
              </div>
            </div>
          </div>
          {helpOpen && (
            <Suspense fallback={null}>
              <HelpPart.Component onClose={() => setHelpOpen(false)} />
            </Suspense>
          )}
          {groundingSince !== null && (
            <Suspense fallback={null}>
              <GroundingPart.Component
                startedAt={groundingSince}
                onClose={() => setGrounding(null)}
              />
            </Suspense>
          )}
        </CommandContext.Provider>
      </DraftRegistryContext.Provider>
    </HuddleContext.Provider>
  );
}
