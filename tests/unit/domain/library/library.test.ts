import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENTS } from '../../../../src/domain/library/agreements';
import {
  ALL_FEELING_WORDS,
  FEELING_FAMILIES,
  feelingFamilyOf,
} from '../../../../src/domain/library/feelings';
import { GROUNDINGS } from '../../../../src/domain/library/grounding';
import { PILLAR_INFO } from '../../../../src/domain/library/pillars';
import { BUILT_IN_PLANS } from '../../../../src/domain/library/plans';
import {
  BUILT_IN_PROMPTS,
  CHECKIN_PROMPT_IDS,
  PILLAR_RATING_PROMPT_IDS,
  PULSE_PROMPT_IDS,
} from '../../../../src/domain/library/prompts';
import { scaleFor } from '../../../../src/domain/library/scales';
import { validateLibrary } from '../../../../src/domain/library/validate';
import { PILLARS, type Prompt, type PromptCategory } from '../../../../src/domain/types';

const library = { prompts: BUILT_IN_PROMPTS, plans: BUILT_IN_PLANS, feelings: FEELING_FAMILIES };
const byId = new Map(BUILT_IN_PROMPTS.map((p) => [p.id, p]));
const inCategory = (category: PromptCategory) =>
  BUILT_IN_PROMPTS.filter((p) => p.category === category);

describe('built-in library invariants', () => {
  it('passes every library check', () => {
    expect(validateLibrary(library)).toEqual([]);
  });

  it('has unique, stable bi- ids and fixed timestamps', () => {
    const ids = BUILT_IN_PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of BUILT_IN_PROMPTS) {
      expect(p.id).toMatch(/^bi-[a-z]+-[a-z0-9]+$/);
      expect(p).toMatchObject({ builtIn: true, retired: false });
      expect(p.createdAt).toBe(Date.UTC(2026, 0, 1));
      expect(p.updatedAt).toBe(p.createdAt);
    }
  });

  it('has at least ten in-depth text prompts for every pillar', () => {
    for (const pillar of PILLARS) {
      const prompts = inCategory('pillar').filter((p) => p.pillar === pillar);
      expect(prompts.length, pillar).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every built-in a short facilitator note', () => {
    for (const p of BUILT_IN_PROMPTS) {
      const note = p.facilitatorNote ?? '';
      const sentences = note.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;
      expect(sentences, p.id).toBeGreaterThanOrEqual(1);
      expect(sentences, p.id).toBeLessThanOrEqual(3);
    }
  });

  it('asks about missing voices under Shift Power', () => {
    const power = inCategory('pillar').filter((p) => p.pillar === 'power');
    const voice = power.filter((p) => /voice|asked|say|hear/i.test(p.text));
    expect(voice.length).toBeGreaterThanOrEqual(4);
    expect(power.some((p) => /client|famil/i.test(p.text))).toBe(true);
    expect(power.some((p) => /role|title|staff/i.test(p.text))).toBe(true);
  });

  it('has the three check-in questions in order', () => {
    const checkin = CHECKIN_PROMPT_IDS.map((id) => byId.get(id));
    expect(checkin.map((p) => p?.text)).toEqual([
      'How are you feeling?',
      'What is your goal today?',
      'Who can you ask for help?',
    ]);
    expect(checkin.map((p) => p?.kind)).toEqual(['feeling', 'text', 'text']);
    expect(checkin.every((p) => p?.category === 'checkin' && p.pillar === 'relationships')).toBe(
      true,
    );
  });

  it('has the seven-item pulse, all 1–5 agreement scales', () => {
    expect(PULSE_PROMPT_IDS).toHaveLength(7);
    expect(inCategory('pulse')).toHaveLength(7);
    for (const id of PULSE_PROMPT_IDS) {
      const p = byId.get(id) as Prompt;
      expect(p.kind).toBe('scale');
      expect(scaleFor(p).labels[4]).toBe('Strongly agree');
    }
  });

  it('has one walking-the-talk rating per pillar, ordered by PILLARS', () => {
    expect(PILLAR_RATING_PROMPT_IDS.map((id) => byId.get(id)?.pillar)).toEqual([...PILLARS]);
    for (const id of PILLAR_RATING_PROMPT_IDS) {
      const p = byId.get(id) as Prompt;
      expect(p.text).toMatch(/^This week, how well did we live /);
      expect(scaleFor(p).labels[0]).toBe('Not at all');
    }
  });

  it('has enough burden, opener, closer and warm-up prompts', () => {
    const burden = inCategory('burden');
    expect(burden.length).toBeGreaterThanOrEqual(6);
    expect(burden.every((p) => p.pillar === 'power' || p.pillar === 'parallel')).toBe(true);
    expect(burden.some((p) => /\bONE\b/.test(p.text))).toBe(true);
    expect(inCategory('opener').length).toBeGreaterThanOrEqual(5);
    expect(inCategory('closer').length).toBeGreaterThanOrEqual(5);
    const warmups = inCategory('warmup');
    expect(warmups.length).toBeGreaterThanOrEqual(8);
    expect(warmups.every((p) => p.pillar === 'play')).toBe(true);
  });

  it('gives choice prompts their options and nothing else choices', () => {
    for (const p of BUILT_IN_PROMPTS) {
      if (p.kind === 'choice') expect(p.choices?.length, p.id).toBeGreaterThanOrEqual(2);
      else expect(p, p.id).not.toHaveProperty('choices');
    }
  });

  it('reports problems in a broken library', () => {
    const first = BUILT_IN_PROMPTS[0] as Prompt;
    const broken = {
      prompts: [
        ...BUILT_IN_PROMPTS.filter((p) => p.id !== 'bi-pulse-safe'),
        { ...first, facilitatorNote: '' },
      ],
      plans: BUILT_IN_PLANS,
      feelings: [{ id: 'x', label: 'X', tone: 'mixed' as const, words: ['calm', 'Calm'] }],
    };
    const problems = validateLibrary(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        `Duplicate prompt id ${first.id}`,
        `Built-in prompt ${first.id} has no facilitator note`,
        'Pulse has 6 items, not 7',
        'Plan bi-plan-weekly step weekly-pulse refers to missing prompt bi-pulse-safe',
        'Duplicate feeling word calm',
        'No pleasant feeling family',
      ]),
    );
  });
});

describe('feelings', () => {
  it('has at least 36 distinct words in at least 6 families, pleasant and unpleasant', () => {
    expect(ALL_FEELING_WORDS.length).toBeGreaterThanOrEqual(36);
    expect(new Set(ALL_FEELING_WORDS).size).toBe(ALL_FEELING_WORDS.length);
    expect(FEELING_FAMILIES.length).toBeGreaterThanOrEqual(6);
    const tones = new Set(FEELING_FAMILIES.map((f) => f.tone));
    expect(tones).toContain('pleasant');
    expect(tones).toContain('unpleasant');
  });

  it('finds the family of a word', () => {
    expect(feelingFamilyOf(' Hopeful ')?.id).toBe('hopeful');
    expect(feelingFamilyOf('worn out')?.id).toBe('tired');
    expect(feelingFamilyOf('zesty')).toBeUndefined();
  });
});

describe('agreements', () => {
  it('starts with the right to pass and includes confidentiality', () => {
    expect(DEFAULT_AGREEMENTS[0]).toMatch(/pass/i);
    expect(DEFAULT_AGREEMENTS.some((a) => /stays here/i.test(a))).toBe(true);
    expect(DEFAULT_AGREEMENTS.some((a) => /one voice at a time/i.test(a))).toBe(true);
    expect(new Set(DEFAULT_AGREEMENTS).size).toBe(DEFAULT_AGREEMENTS.length);
  });
});

describe('pillars and groundings', () => {
  it('names every pillar', () => {
    expect(Object.keys(PILLAR_INFO)).toEqual([...PILLARS]);
    expect(PILLAR_INFO.power.label).toBe('Shift Power');
  });

  it('offers a few short grounding moments with unique ids', () => {
    expect(GROUNDINGS.length).toBeGreaterThanOrEqual(3);
    expect(new Set(GROUNDINGS.map((g) => g.id)).size).toBe(GROUNDINGS.length);
    for (const g of GROUNDINGS) expect(g.lines.length).toBeLessThanOrEqual(6);
  });
});
