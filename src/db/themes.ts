import type { ResponseTheme, Theme } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { recordDeletion } from './tombstones';
import { cleanName, requireFound } from './validate';

export async function createTheme(
  teamId: string,
  label: string,
  keywords: string[] = [],
  curated = true,
): Promise<Theme> {
  const t = now();
  const theme: Theme = {
    id: newId(),
    teamId,
    label: cleanName(label, 'Theme name'),
    keywords: [...new Set(keywords.map((k) => k.trim().toLowerCase()).filter(Boolean))],
    pinned: false,
    hidden: false,
    curated,
    createdAt: t,
    updatedAt: t,
  };
  await db.themes.add(theme);
  return theme;
}

export interface ThemePatch {
  label?: string;
  keywords?: string[];
  pinned?: boolean;
  hidden?: boolean;
}

export async function updateTheme(id: string, patch: ThemePatch): Promise<void> {
  await db.transaction('rw', db.themes, async () => {
    const stored = requireFound(await db.themes.get(id), 'Theme');
    await db.themes.put({
      ...stored,
      ...(patch.label !== undefined ? { label: cleanName(patch.label, 'Theme name') } : {}),
      ...(patch.keywords !== undefined
        ? {
            keywords: [
              ...new Set(patch.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean)),
            ],
          }
        : {}),
      ...(patch.pinned !== undefined ? { pinned: patch.pinned } : {}),
      ...(patch.hidden !== undefined ? { hidden: patch.hidden } : {}),
      updatedAt: now(),
    });
  });
}

export async function tagResponse(responseId: string, themeId: string): Promise<ResponseTheme> {
  return db.transaction('rw', db.responses, db.themes, db.responseThemes, async () => {
    const response = requireFound(await db.responses.get(responseId), 'Answer');
    requireFound(await db.themes.get(themeId), 'Theme');
    const existing = await db.responseThemes
      .where('[responseId+themeId]')
      .equals([responseId, themeId])
      .first();
    if (existing) return existing;
    const t = now();
    const tag: ResponseTheme = {
      id: newId(),
      responseId,
      themeId,
      teamId: response.teamId,
      createdAt: t,
      updatedAt: t,
    };
    await db.responseThemes.add(tag);
    return tag;
  });
}

export async function untagResponse(responseId: string, themeId: string): Promise<void> {
  await db.transaction('rw', db.responseThemes, db.deletions, async () => {
    const ids = await db.responseThemes
      .where('[responseId+themeId]')
      .equals([responseId, themeId])
      .primaryKeys();
    await db.responseThemes.bulkDelete(ids);
    await recordDeletion('responseThemes', ...ids);
  });
}
