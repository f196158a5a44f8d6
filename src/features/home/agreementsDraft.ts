// The agreements editor's working copy: each line keeps a stable key while it is moved or edited.
import { newId } from '../../lib/ids';

/** setTeamAgreements refuses more than this (kept in step with src/db/teams.ts). */
export const MAX_AGREEMENTS = 20;

export interface AgreementLine {
  key: string;
  text: string;
}

export function toLines(agreements: readonly string[]): AgreementLine[] {
  return agreements.map((text) => ({ key: newId(), text }));
}

/** What saving would store: trimmed, blank lines dropped (as setTeamAgreements does). */
export function cleanLines(lines: readonly AgreementLine[]): AgreementLine[] {
  return lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text);
}

export function sameAgreements(lines: readonly AgreementLine[], stored: readonly string[]) {
  const clean = cleanLines(lines);
  return clean.length === stored.length && clean.every((l, i) => l.text === stored[i]);
}
