// The commitment being written on "What we will try next", apart from the step so the end of
// the huddle and History can show an unadded one without loading the huddle screen.
import type { Pillar } from '../../../domain/types';

/** The commitment being written, kept as a draft until "Add commitment". */
export interface CommitmentDraft {
  text: string;
  owner: string;
  due: string;
  pillar: Pillar | '';
}

export const NO_COMMITMENT: CommitmentDraft = { text: '', owner: '', due: '', pillar: '' };

export const isEmptyCommitment = (d: CommitmentDraft) =>
  !d.text.trim() && !d.owner.trim() && !d.due && !d.pillar;
