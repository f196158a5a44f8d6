// Suggestions a leader can trust, on small hand-made histories: people's names are never themes,
// words everyone says anyway are not themes on their own (phrases made of them still can be),
// and a merged theme is named by how it is mostly said.
import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import {
  EVERYDAY_LIFT_FULL,
  EVERYDAY_LIFT_MIN,
  everydayStemRate,
  everydayWeight,
  everydayWordRate,
} from '../../../../src/domain/themes/everyday';
import { stemWord } from '../../../../src/domain/themes/normalise';
import { nameWords, personStems } from '../../../../src/domain/themes/people';
import type { ThemeAnswer, ThemeResult } from '../../../../src/domain/themes/types';
import { answer, EVERYDAY, huddleTime } from './fixtures';

const labels = (themes: ThemeResult[]) => themes.map((t) => t.label);
/** Every word a theme shows: its name and its merged spellings. */
const shownWords = (themes: ThemeResult[]) =>
  themes.flatMap((t) => [t.label, ...t.variants]).join(' | ');
const highlighted = (themes: ThemeResult[]) =>
  themes.flatMap((t) => t.evidence.flatMap((e) => e.terms)).join(' | ');

/** `weeks` weekly huddles; `perWeek(week)` gives that huddle's answers. */
function history(weeks: number, perWeek: (week: number) => string[]): ThemeAnswer[] {
  const answers: ThemeAnswer[] = [];
  for (let week = 0; week < weeks; week += 1) {
    perWeek(week).forEach((text, k) => {
      answers.push(answer(text, huddleTime(week, k), `s${week}`));
    });
  }
  return answers;
}

describe('people’s names', () => {
  const names = ['Tom B.', 'Aisha', 'Sam from intake', 'Dr Amari (visiting)', 'Mary-Jane'];
  const answers = history(6, (week) => [
    `Tom covered the intake queue for me, thanks TOM`,
    `Aisha sorted the intake queue with Sam ${week}`,
    `Tom's idea for the rota${week % 3 ? '' : ' worked'}. Aisha agreed`,
    `Dr Amari said the intake queue is shorter. Mary-Jane and Mary laughed`,
    EVERYDAY[week % EVERYDAY.length]!,
  ]);

  it('keeps only the name of a guest entered with a description, and no title or initial', () => {
    expect(nameWords('Sam from intake')).toEqual(['sam']);
    expect(nameWords('Jo (student placement)')).toEqual(['jo']);
    expect(nameWords('Chris - relief staff')).toEqual(['chris']);
    expect(nameWords('Dr Amari (visiting)')).toEqual(['amari']);
    expect(nameWords('Mary-Jane')).toEqual(['mary-jane', 'mary', 'jane']);
    expect([...personStems(['Tom B.', 'Jules'])].sort()).toEqual(['jule', 'tom']);
  });

  it('are themes when nobody says they are names (so the test below can fail)', () => {
    const plain = analyseThemes(answers, { period: 'week' });
    expect(shownWords(plain.themes)).toMatch(/\btom\b/);
    expect(shownWords(plain.themes)).toMatch(/\baisha\b/);
  });

  it('are never a theme, part of one, or highlighted: any case, possessive or stem', () => {
    const result = analyseThemes(answers, { period: 'week', personNames: names });
    expect(labels(result.themes)).toContain('intake queue');
    expect(labels(result.themes)).toContain('rota');
    for (const name of ['tom', 'aisha', 'sam', 'amari', 'mary', 'jane']) {
      expect(shownWords(result.themes)).not.toMatch(new RegExp(`\\b${name}`, 'i'));
      expect(highlighted(result.themes)).not.toMatch(new RegExp(`\\b${name}`, 'i'));
    }
    // A guest's description is not a name: "intake" is still a theme word.
    expect(result.themes.find((t) => t.label === 'intake queue')?.count).toBe(18);
  });

  it('leave the privacy floor and counts of other themes alone', () => {
    const a = analyseThemes(answers, { period: 'week' });
    const b = analyseThemes(answers, { period: 'week', personNames: names });
    const count = (r: typeof a) => r.themes.find((t) => t.label === 'intake queue')?.count;
    expect(count(b)).toBe(count(a));
    expect(b.answersAnalysed).toBe(a.answersAnalysed);
  });
});

describe('everyday words', () => {
  it('weigh a word by how far above everyday speech a team says it', () => {
    // "time" is among the hundred commonest words of spoken English, "paperwork" is not.
    expect(everydayWordRate('time')).toBeGreaterThan(1e-3);
    expect(everydayWordRate('paperwork')).toBeLessThan(2e-5);
    expect(everydayWordRate('supervision')).toBe(0);
    expect(everydayStemRate(stemWord('asking'))).toBeGreaterThan(everydayWordRate('ask'));
    const rate = 1e-3;
    const words = 10;
    const expected = 1 - (1 - rate) ** words;
    expect(everydayWeight(expected * EVERYDAY_LIFT_MIN, rate, words)).toBe(0);
    expect(everydayWeight(expected * 2, rate, words)).toBe(0);
    expect(everydayWeight(expected * EVERYDAY_LIFT_FULL, rate, words)).toBeCloseTo(1);
    const middle = everydayWeight(
      expected * Math.sqrt(EVERYDAY_LIFT_MIN * EVERYDAY_LIFT_FULL),
      rate,
      words,
    );
    expect(middle).toBeCloseTo(0.5);
    // A word rarer than the everyday list counts in full.
    expect(everydayWeight(0.01, 0, words)).toBe(1);
  });

  // Forty weeks of ten answers, as often as the sample teams say them: "time" and "help" in
  // about 6% of answers, "ask" and "paperwork" in 5%, steadily, in many different sentences.
  const timeSentences = [
    'Had no time to eat before the home visit',
    'The time on the road between visits adds up',
    'First time the dad opened the door',
    'Lost track of time at the hospital',
    'Spent time with the new volunteer',
    'Any time I call the housing office it rings out',
  ];
  const helpSentences = [
    'The interpreter was a real help with the grandmother',
    'Could use help planning the outing',
    'The school nurse offered to help with the referral',
    'Asked the neighbour for help moving the sofa',
    'Help from the duty worker saved my afternoon',
  ];
  const askSentences = [
    'The kids ask about the summer camp every week',
    'I will ask the council about the broken ramp',
    'Ask the caretaker to fix the heating',
    'Parents ask whether the bus still runs',
  ];
  const paperworkSentences = [
    'The paperwork for the audit took the afternoon',
    'So much paperwork after the court hearing',
    'Paperwork again before lunch',
    'I want less paperwork and more visits',
  ];

  function everydayHistory(extra: (week: number) => string[] = () => []): ThemeAnswer[] {
    const next = (list: string[], week: number) => list[week % list.length]!;
    let filler = 0;
    return history(40, (week) => {
      const texts = [
        ...([0, 1, 3].includes(week % 5) ? [next(timeSentences, week)] : []),
        ...([1, 2, 4].includes(week % 5) ? [next(helpSentences, week)] : []),
        ...(week % 2 === 0 ? [next(askSentences, week)] : [next(paperworkSentences, week)]),
        ...extra(week),
      ];
      while (texts.length < 10) texts.push(EVERYDAY[filler++ % EVERYDAY.length]!);
      return texts;
    });
  }

  it('are not themes on their own, however steadily they come up; topic words still are', () => {
    const answers = everydayHistory();
    const share = (word: string) =>
      answers.filter((a) => new RegExp(`\\b${word}\\b`, 'i').test(a.text)).length;
    // As steady as paperwork, and at least as frequent.
    expect(share('time')).toBeGreaterThanOrEqual(share('paperwork'));
    expect(share('help')).toBeGreaterThanOrEqual(share('paperwork'));
    const result = analyseThemes(answers, { period: 'month' });
    const found = labels(result.themes);
    expect(found).toContain('paperwork');
    expect(result.themes.find((t) => t.label === 'paperwork')?.trend).toBe('recurring');
    for (const word of ['time', 'help', 'ask']) expect(found).not.toContain(word);
  });

  it('are left out of the rarer word they sit next to: fading "short-staffed", steady "short"', () => {
    // Fifty weeks of twelve answers. Short-staffed in the first twenty weeks, mostly spelled as
    // two words; "short" in passing every fourth week all along (a word people say anyway).
    const staffed = [
      'We were short staffed again',
      'Short staffed all week',
      'So short-staffed today',
    ];
    const short = [
      'A short visit, but a good one',
      'We fell short on the plan',
      'Short meeting today',
    ];
    let filler = 0;
    const answers = history(50, (week) => {
      const texts = [
        ...(week < 20 ? [staffed[week % 3]!, staffed[(week + 1) % 3]!] : []),
        ...(week % 4 === 0 ? [short[(week >> 2) % 3]!] : []),
      ];
      while (texts.length < 12) texts.push(EVERYDAY[filler++ % EVERYDAY.length]!);
      return texts;
    });
    const result = analyseThemes(answers, { period: 'month' });
    const theme = result.themes.find((t) => t.label.replace('-', ' ') === 'short staffed');
    expect(theme?.trend).toBe('fading');
    expect(theme?.count).toBe(40);
    expect(theme?.variants).not.toContain('short');
  });

  it('still make a theme as a phrase: "not enough time" planted among everyday "time"', () => {
    const enough = [
      'Not enough time with the families this week',
      'Again not enough time for proper notes',
      'There is never enough time for the groups',
    ];
    const result = analyseThemes(
      everydayHistory((week) => [enough[week % enough.length]!]),
      { period: 'month' },
    );
    const theme = result.themes.find((t) => t.label.includes('enough time'));
    expect(theme, labels(result.themes).join(', ')).toBeDefined();
    expect(theme?.trend).toBe('recurring');
    expect(theme?.count).toBe(40);
    expect(labels(result.themes)).not.toContain('time');
  });
});

describe('the name of a merged theme', () => {
  it('is its most frequent phrase when that covers most of it: "intake system", not "system"', () => {
    // "system" said in passing all along; the new intake system in the last five weeks, more
    // often than every other "system" put together.
    const other = [
      'The system crashed during the team meeting',
      'Writing the same notes in two systems',
      'A system problem, not a people problem',
    ];
    const intake = [
      'The new intake system logs me out mid-referral',
      'Still learning the intake system',
      'The intake system asks families the same questions twice',
    ];
    const answers = history(12, (week) => [
      ...(week % 3 === 0 ? [other[week % other.length]!] : []),
      ...(week >= 7 ? [intake[week % 3]!, intake[(week + 1) % 3]!, intake[(week + 2) % 3]!] : []),
      EVERYDAY[(week * 3) % EVERYDAY.length]!,
      EVERYDAY[(week * 3 + 1) % EVERYDAY.length]!,
    ]);
    const result = analyseThemes(answers, { period: 'week' });
    const theme = result.themes.find((t) => t.variants.includes('intake system'));
    expect(theme?.label).toBe('intake system');
    expect(theme?.trend).toBe('emerging');
    expect(labels(result.themes)).not.toContain('system');
  });

  it('is the phrase said in most of its answers, even when the word is its own group', () => {
    // 11 of 20 answers say "billing targets": more than half, less than the 60% that makes a
    // longer group the head.
    const targets = [
      'The billing targets are unrealistic',
      'Billing targets again',
      'Who sets the billing targets?',
    ];
    const other = ['Chasing billing all week', 'Measured by billing, not by care'];
    let t = 0;
    let o = 0;
    const answers = history(10, (week) => [
      (week * 2) % 20 < 11 ? targets[t++ % 3]! : other[o++ % 2]!,
      (week * 2 + 1) % 20 < 11 ? targets[t++ % 3]! : other[o++ % 2]!,
      ...[0, 1, 2, 3, 4, 5].map((k) => EVERYDAY[(week * 6 + k) % EVERYDAY.length]!),
    ]);
    expect(answers.filter((a) => /billing targets/i.test(a.text))).toHaveLength(11);
    const result = analyseThemes(answers, { period: 'week' });
    const themes = result.themes.filter((th) => th.variants.some((v) => v.includes('billing')));
    expect(themes.map((th) => [th.label, th.count])).toEqual([['billing targets', 20]]);
  });

  it('is a rising phrase rather than the everyday word it sits in: "intake system"', () => {
    // Forty weeks of twelve answers: "system" in passing every other week (a word people say
    // anyway), then the new intake system twice a week for the last six weeks, in fewer than
    // half of all the answers saying "system" (so the two are not merged).
    const other = [
      'The system crashed during the team meeting',
      'Writing the same notes in two systems',
      'A system problem, not a people problem',
      'The booking system ate my Friday',
    ];
    const intake = [
      'The new intake system logs me out mid-referral',
      'Still learning the intake system',
      'The intake system asks families the same questions twice',
    ];
    let filler = 0;
    const answers = history(40, (week) => {
      const texts = [
        ...(week % 2 ? [other[(week >> 1) % other.length]!] : []),
        ...(week >= 34 ? [intake[week % 3]!, intake[(week + 1) % 3]!] : []),
      ];
      while (texts.length < 12) texts.push(EVERYDAY[filler++ % EVERYDAY.length]!);
      return texts;
    });
    const result = analyseThemes(answers, { period: 'month' });
    const theme = result.themes.find((th) => th.variants.includes('intake system'));
    expect(theme?.label).toBe('intake system');
    expect(theme?.trend).toBe('emerging');
    expect(theme?.count).toBe(12);
    expect(labels(result.themes)).not.toContain('system');
  });

  it('stays the word when its phrases are only a part of it: "billing", not "billing numbers"', () => {
    const billing = [
      'The billing targets are unrealistic',
      'Chasing billing numbers all week',
      'Billing again, sigh',
      'I feel measured by billing, not by care',
      'Billing quota talk left me flat',
    ];
    const answers = history(10, (week) => [
      billing[(2 * week) % billing.length]!,
      billing[(2 * week + 1) % billing.length]!,
      ...[0, 1, 2, 3, 4, 5].map((k) => EVERYDAY[(week * 6 + k) % EVERYDAY.length]!),
    ]);
    const result = analyseThemes(answers, { period: 'week' });
    const themes = result.themes.filter((t) => t.variants.some((v) => v.includes('billing')));
    expect(themes.map((t) => t.label)).toEqual(['billing']);
    expect(themes[0]?.count).toBe(20);
  });
});

describe('the people a team serves', () => {
  // Thirty weeks of ten answers. Every week the team talks about the people it serves, in many
  // different sentences, far more often than any topic; and about three real topics that name
  // them inside a longer phrase.
  const openers = [
    'Spent the morning with the',
    'Rang two of the',
    'So much worry among the',
    'Good news from the',
    'A tricky visit with the',
    'Lunch club with the',
    'New referrals for the',
  ];
  const servedWords = [
    'young people',
    'carers',
    'families',
    'parents and carers',
    'young person',
    'kids',
    'clients',
    'parents',
  ];
  const topics = ['family meetings', 'voice of families', 'parent evenings'];
  const tails = [
    ', again',
    ': worth it',
    '. Ran over',
    ', as ever',
    '? Not sure',
    '. Moving online',
  ];
  /** `swap` rewrites the sentences about the people served (not the topics). */
  function servedHistory(swap: (text: string) => string = (text) => text): ThemeAnswer[] {
    let filler = 0;
    let s = 0;
    let t = 0;
    return history(30, (week) => {
      const texts: string[] = [];
      for (let k = 0; k < 4; k += 1, s += 1) {
        texts.push(swap(`${openers[s % openers.length]!} ${servedWords[s % servedWords.length]!}`));
      }
      for (let k = 0; k < (week % 2 ? 2 : 1); k += 1, t += 1) {
        const topic = topics[t % topics.length]!;
        texts.push(`${topic[0]!.toUpperCase()}${topic.slice(1)}${tails[t % tails.length]!}`);
      }
      while (texts.length < 10) texts.push(EVERYDAY[filler++ % EVERYDAY.length]!);
      return texts;
    });
  }

  it('are themes when they are anyone else (so the test below can fail)', () => {
    // The same sentences about volunteers and tenants: steady, frequent, and themes.
    const result = analyseThemes(
      servedHistory((text) =>
        text
          .replace(/\bcarers\b/gi, 'volunteers')
          .replace(/\bcarer\b/gi, 'volunteer')
          .replace(/\bfamilies\b/gi, 'tenants'),
      ),
      { period: 'month' },
    );
    const found = labels(result.themes);
    expect(
      found.some((label) => /^volunteers?$/.test(label)),
      found.join(', '),
    ).toBe(true);
    expect(
      found.some((label) => /^tenants?$/.test(label)),
      found.join(', '),
    ).toBe(true);
  });

  it('are never a theme on their own: not "young people", "carers", "families", "parents and carers"', () => {
    const result = analyseThemes(servedHistory(), { period: 'month' });
    const found = labels(result.themes);
    for (const label of found) {
      expect(label).not.toMatch(
        /^(young (person|people)|young|person|people|carers?|famil(y|ies)|parents?|kids?|clients?|residents?|teens?|parents and carers)$/,
      );
    }
  });

  it('still sit inside a real topic: "family meetings", "voice of families", "parent evenings"', () => {
    const answers = servedHistory();
    const result = analyseThemes(answers, { period: 'month' });
    const found = labels(result.themes);
    for (const topic of ['family meetings', 'voice of families', 'parent evenings']) {
      const theme = result.themes.find((t) => t.label === topic);
      expect(theme, found.join(', ')).toBeDefined();
      const said = answers.filter((a) => a.text.toLowerCase().includes(topic)).length;
      expect(theme?.count).toBe(said);
    }
  });

  it('can still be a theme a person names: "Families" as a curated theme', () => {
    const result = analyseThemes(servedHistory(), {
      period: 'month',
      curated: [
        {
          id: 'c-fam',
          label: 'Families',
          keywords: ['family'],
          taggedResponseIds: [],
          pinned: false,
          hidden: false,
        },
      ],
    });
    const theme = result.themes.find((t) => t.label === 'Families');
    expect(theme?.count).toBeGreaterThan(20);
  });
});
