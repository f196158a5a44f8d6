// Writes answer text from the phrase pools: fills `{slots}` with the team's words and people,
// varies length, lead-ins, tails, case and the odd typo, and weaves in the team's planted topics
// at the strength their shape gives them at that moment. Templates are split once up front, so
// writing an answer is a few picks and concatenations (fast enough for 500,000 answers).
import type { RandomSource } from '../library/random';
import type { Pillar } from '../types';
import { LEAD_INS } from './phrasesPillars';
import { ACTIVITIES, COLLEAGUE, LEADS, WHEN } from './phrasesPractice';
import { chance, pick } from './rng';
import { addTypo, capitalise, endSentence, takesLeadIn } from './style';
import type { SampleTeamSpec } from './teams';
import {
  COMMITMENT_TEMPLATES,
  type Compiled,
  compile,
  POOLS,
  type Pool,
  TAIL_TEMPLATES,
} from './templates';
import { type PlantedTopic, SAMPLE_PLANTED_TOPICS, topicStrength } from './topics';

interface CompiledTopic {
  topic: PlantedTopic;
  sentences: Compiled[];
  commitments: Compiled[];
}

/** Who types: the facilitator while someone speaks (short, hurried), or the person themselves. */
export type Typist = 'facilitator' | 'self';

export interface WriteRequest {
  /** See textKindOf. */
  kind: string;
  weeksAgo: number;
  typist: Typist;
  /** Other people present, for "{name} covered for me". */
  names: readonly string[];
}

export interface AnswerWriter {
  write(request: WriteRequest): string;
  commitment(pillar: Pillar, weeksAgo: number, names: readonly string[]): string;
}

type Length = 'short' | 'normal' | 'long';

/** Facilitators typing what is said aloud keep it short; people typing for themselves run on. */
function answerLength(typist: Typist, roll: number): Length {
  const [short, normal] = typist === 'facilitator' ? [0.35, 0.9] : [0.1, 0.65];
  return roll < short ? 'short' : roll < normal ? 'normal' : 'long';
}

/** One writer per team: its words, its people and its planted topics. */
export function createAnswerWriter(team: SampleTeamSpec, random: RandomSource): AnswerWriter {
  const slots: Record<string, readonly string[]> = {
    client: team.words.client,
    clients: team.words.clients,
    place: team.words.place,
    lead: LEADS,
    colleague: COLLEAGUE,
    when: WHEN,
    activity: ACTIVITIES,
  };
  const topics: CompiledTopic[] = SAMPLE_PLANTED_TOPICS.filter((t) => t.team === team.key).map(
    (topic) => ({
      topic,
      sentences: topic.sentences.map(compile),
      commitments: topic.commitments.map(compile),
    }),
  );

  function render(template: Compiled, names: readonly string[], x = ''): string {
    if (template.length === 1) return template[0] ?? '';
    // Joined from an array: flat strings, where `+=` would keep a tree of pieces per answer
    // (several times the memory once hundreds of thousands of answers are held).
    const out: string[] = [template[0] ?? ''];
    let lastName = '';
    for (let i = 1; i < template.length; i += 2) {
      const slot = template[i] as string;
      let value: string;
      if (slot === 'x') {
        value = x;
      } else if (slot === 'name' || slot === 'name2') {
        value = names.length === 0 ? 'someone' : pick(random, names);
        if (value === lastName && names.length > 1) value = pick(random, names);
        lastName = value;
      } else {
        value = pick(random, slots[slot] ?? ['']);
      }
      out.push(value, template[i + 1] ?? '');
    }
    return out.join('');
  }

  function topicSentence(weeksAgo: number, topical: number, names: readonly string[]) {
    for (const planted of topics) {
      const p = planted.topic.rate * topical * topicStrength(planted.topic.shape, weeksAgo);
      if (random() < p) {
        return render(pick(random, planted.sentences), names, pick(random, planted.topic.variants));
      }
    }
    return null;
  }

  function write({ kind, weeksAgo, typist, names }: WriteRequest): string {
    const pool = POOLS.get(kind) ?? (POOLS.get('pillar:relationships') as Pool);
    const length = answerLength(typist, random());
    // Pieces joined once at the end: one flat string per answer (see render).
    const pieces: string[] = [];
    if (length === 'short' && pool.short.length > 0) {
      pieces.push(render(pick(random, pool.short), names));
    } else {
      const core = pick(random, pool.cores);
      const first = render(core, names);
      if (pool.dressed && takesLeadIn(core) && chance(random, 0.18)) {
        pieces.push(pick(random, LEAD_INS), first.charAt(0).toLowerCase(), first.slice(1));
      } else {
        pieces.push(first);
      }
      if (pool.dressed && length === 'long')
        pieces.push(' ', render(pick(random, pool.cores), names));
      if (pool.dressed && chance(random, length === 'long' ? 0.3 : 0.12)) {
        pieces.push(' ', render(pick(random, TAIL_TEMPLATES), names));
      }
    }
    if (chance(random, 0.04)) {
      const typed = addTypo(pieces.join(''), random);
      pieces.length = 0;
      pieces.push(typed);
    }
    const planted = pool.topical > 0 ? topicSentence(weeksAgo, pool.topical, names) : null;
    if (planted) {
      const where = random();
      if (where < 0.3) {
        pieces.length = 0;
        pieces.push(planted);
      } else if (where < 0.65) {
        pieces.unshift(planted, ' ');
        pieces[2] = capitalise(pieces[2] as string);
      } else {
        const last = pieces.length - 1;
        pieces[last] = endSentence(pieces[last] as string);
        pieces.push(' ', capitalise(planted));
      }
    }
    pieces[0] = capitalise(pieces[0] as string);
    // A facilitator typing while someone speaks skips capitals and full stops more often.
    if (chance(random, typist === 'facilitator' ? 0.12 : 0.05)) {
      const text = pieces.join('').toLowerCase();
      return text.endsWith('.') ? text.slice(0, -1) : text;
    }
    return pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
  }

  function commitment(pillar: Pillar, weeksAgo: number, names: readonly string[]): string {
    for (const planted of topics) {
      // Topics the team talks about turn into commitments now and then, on the same curve.
      const p = 1.5 * planted.topic.rate * topicStrength(planted.topic.shape, weeksAgo);
      if (random() < p) {
        const x = pick(random, planted.topic.variants);
        return capitalise(render(pick(random, planted.commitments), names, x));
      }
    }
    const list = COMMITMENT_TEMPLATES.get(pillar) ?? [];
    return capitalise(render(pick(random, list), names));
  }

  return { write, commitment };
}
