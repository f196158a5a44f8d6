// Steps of the app shared by the cross-engine scenarios, written against the engine-neutral Tab.
// Elements are found by role and the start of their visible name, so a shortcut hint added to or
// removed from a button's name does not break them.
import type { Query } from './finder';
import type { Tab } from './tab';

export const SLOW = 120_000;

export function uniqueTeamName() {
  return `Cross team ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

export const heading = (name: string | RegExp, level?: number): Query => ({
  role: 'heading',
  name,
  ...(level ? { level } : {}),
});
export const button = (name: string | RegExp): Query => ({ role: 'button', name });
export const textbox = (name: string, within?: Query): Query => ({
  role: 'textbox',
  name,
  exact: true,
  ...(within ? { within } : {}),
});
export const navLink = (name: string): Query => ({
  role: 'link',
  name,
  exact: true,
  within: { css: 'nav' },
});

export async function createTeam(tab: Tab, name: string) {
  await tab.fill(textbox('Team name'), name);
  await tab.click({ role: 'button', name: 'Create team', exact: true });
  await tab.find({ css: 'li', name, within: { role: 'list', name: 'Teams', exact: true } });
}

/** Settings → "Load sample data": the sample organisation (three teams, two years). */
export async function loadSampleData(tab: Tab, baseURL: string) {
  await tab.goto(new URL('/settings', baseURL).href);
  await tab.click(button('Load sample data'));
  await tab.find(button('Remove sample data'), SLOW);
}
