import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerRow,
  type CsvLookups,
  commitmentRow,
  orderAnswers,
} from '../../../src/domain/backup/csvRows';
import type { Response, Session } from '../../../src/domain/types';
import { csvCell, toCsv } from '../../../src/lib/csv';

/** A small RFC 4180 reader, to prove what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe('CSV', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('quotes cells with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('1+1=2')).toBe('1+1=2');
  });

  it('reads back every cell exactly (after the quote prefix), whatever the text', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 4 }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        (rows) => {
          runs += 1;
          const text = toCsv(rows);
          expect(text.startsWith('\uFEFF')).toBe(true);
          const back = parseCsv(text.slice(1));
          expect(back).toHaveLength(rows.length);
          for (const [r, row] of back.entries()) {
            for (const [c, cell] of row.entries()) {
              const original = rows[r]?.[c] ?? '';
              // Never a formula start left in what a spreadsheet reads…
              expect(FORMULA.test(cell)).toBe(false);
              // …and nothing else changed.
              expect(cell).toBe(FORMULA.test(original) ? `'${original}` : original);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(runs).toBe(500);
  });
});

describe('spreadsheet rows', () => {
  const session = {
    id: 's',
    teamId: 't',
    planName: 'Weekly',
    startedAt: new Date(2026, 10, 23, 9).getTime(),
    steps: [
      { title: 'Round', mode: 'round' },
      { title: 'Privately', mode: 'anonymous' },
    ],
    guests: [{ id: 'g', name: 'Guest Gia' }],
  } as unknown as Session;
  const lookups: CsvLookups = {
    teams: new Map([['t', { id: 't', name: 'Clinic' } as never]]),
    sessions: new Map([['s', session]]),
    prompts: new Map([['p', { id: 'p', text: 'Whose voice?' } as never]]),
    members: new Map([['m', { id: 'm', name: 'Ana' } as never]]),
  };
  const answer = (over: Partial<Response>): Response => ({
    id: 'r',
    sessionId: 's',
    teamId: 't',
    stepIndex: 0,
    promptId: 'p',
    pillar: 'power',
    memberId: 'm',
    passed: false,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  });

  it('writes the answer columns, naming the person only when the answer is attributed', () => {
    expect(
      answerRow(answer({ text: 'Families', rating: 4, feelings: ['calm', 'tired'] }), lookups),
    ).toEqual([
      '2026-11-23',
      'Clinic',
      'Weekly',
      'Round',
      'Shift Power',
      'Whose voice?',
      'Ana',
      'no',
      'Families',
      '4',
      'calm; tired',
    ]);
    expect(answerRow(answer({ memberId: 'g' }), lookups)[6]).toBe('Guest Gia');
    expect(
      answerRow(answer({ memberId: null, stepIndex: 1, passed: true }), lookups).slice(3, 8),
    ).toEqual(['Privately', 'Shift Power', 'Whose voice?', '', 'yes']);
  });

  it('orders anonymous answers by content, never by when they were written', () => {
    const late = answer({ id: 'a', memberId: null, stepIndex: 1, text: 'alpha', createdAt: 9 });
    const early = answer({ id: 'b', memberId: null, stepIndex: 1, text: 'zulu', createdAt: 1 });
    const first = answer({ id: 'c', stepIndex: 0, createdAt: 5 });
    expect(orderAnswers([early, late, first], lookups).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('writes the commitment columns', () => {
    const row = commitmentRow(
      {
        id: 'c',
        teamId: 't',
        sessionId: 's',
        text: 'Ask families',
        owner: 'Ana',
        due: '2026-12-01',
        pillar: 'power',
        status: 'open',
        history: [],
        createdAt: new Date(2026, 10, 23).getTime(),
        updatedAt: 1,
      },
      lookups.teams,
    );
    expect(row).toEqual([
      '2026-11-23',
      'Clinic',
      'Ask families',
      'Ana',
      '2026-12-01',
      'Shift Power',
      'open',
    ]);
  });
});
