import { useState } from 'react';
import { shownText } from '../../ui/UserText';
import { announcement, type Whereabouts, whereabouts } from './announce';
import { participantName, useHuddleData } from './huddleData';
import { selectMachine, useLiveHuddle } from './huddleStore';

/**
 * The huddle's one polite live region: says the new step and whose turn it is. Its own
 * component, so what it remembers re-renders nothing else on the screen.
 */
export function HuddleAnnouncer() {
  const machine = useLiveHuddle(selectMachine);
  const data = useHuddleData();
  const now = machine ? whereabouts(machine, (id) => shownText(participantName(data, id))) : null;
  const [heard, setHeard] = useState<{ where: Whereabouts | null; text: string }>({
    where: null,
    text: '',
  });
  // Adjusted while rendering (not in an effect) so the sentence changes in the same commit as
  // the screen it describes.
  if (now && (now.step !== heard.where?.step || now.turn !== heard.where?.turn)) {
    setHeard({ where: now, text: announcement(heard.where, now) ?? heard.text });
  }
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" id="huddle-announcer">
      {heard.text}
    </p>
  );
}
