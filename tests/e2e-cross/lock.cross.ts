// The lock in WebKit and Firefox with data stored: an answer saved in a huddle, the lock turned
// on (the answer encrypted in IndexedDB), "Lock now" hiding everything, the passphrase opening
// it again, and the lock turned off (the answer plain again, the app never locking after a
// reload).
import { button, createTeam, heading, navLink, SLOW, textbox, uniqueTeamName } from './support/app';
import { describe, engineName, expect, screenshot, test } from './support/fixtures';
import type { Tab } from './support/tab';

const PASSPHRASE = 'violet lantern harbour';
const SECRET = 'LOCK-SECRET my supervisor never asks';
const LOCK_SECTION = { role: 'region', name: 'Lock and encryption', exact: true } as const;

/** Every record of every IndexedDB store of the app, as JSON (what is on the disk). */
function storedJson(tab: Tab): Promise<string> {
  return tab.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('parallel-process');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const all: Record<string, unknown> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              all[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            done(JSON.stringify(all));
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

describe(`lock (${engineName()})`, () => {
  test('turning the lock on and off with an answer stored', async ({ engine, baseURL }) => {
    const { tab } = engine;
    const team = uniqueTeamName();
    await tab.goto(baseURL);
    await createTeam(tab, team);

    // An answer saved in a huddle in progress.
    await tab.click(navLink('Facilitate'));
    await tab.select({ role: 'combobox', name: 'Team', exact: true }, team);
    await tab.click({ role: 'radio', name: /10-minute check-in/ });
    await tab.click(button('Open the huddle'));
    await tab.fill(textbox('Someone else in the room'), 'Ana');
    await tab.click(button('Add to the team'));
    await tab.find({ role: 'checkbox', name: 'Ana', exact: true });
    await tab.click(button('Start huddle'));
    await tab.find(heading("Ana's turn"));
    await tab.fill(textbox('What is your goal today?', { css: 'section.turn' }), SECRET);
    // Saved when it is in IndexedDB (the autosave's own status text is not the point here).
    await tab.poll('the answer to be saved', async () => (await storedJson(tab)).includes(SECRET));
    const huddleUrl = await tab.url();

    // Turn the lock on.
    await tab.click(navLink('Settings'));
    await tab.fill(textbox('New passphrase', LOCK_SECTION), PASSPHRASE);
    await tab.fill(textbox('Confirm passphrase', LOCK_SECTION), PASSPHRASE);
    await tab.click({ role: 'checkbox', name: /forgotten passphrase cannot be reset/ });
    const started = Date.now();
    await tab.click(button('Turn on the lock'));
    await tab.waitForText('Done: the stored data is encrypted.', SLOW);
    const onMs = Date.now() - started;
    expect(await storedJson(tab)).not.toContain('LOCK-SECRET');

    // Lock now: nothing of the data on the page; the passphrase opens it again.
    await tab.click(button('Lock now'));
    await tab.find(heading('Parallel Process is locked', 1));
    expect(await tab.bodyText()).not.toContain('LOCK-SECRET');
    await screenshot(tab, 'lock-screen');
    await tab.fill(textbox('Passphrase'), PASSPHRASE);
    await tab.click(button('Unlock'));
    await tab.find(LOCK_SECTION);
    await tab.goto(huddleUrl);
    // A reload starts locked.
    await tab.find(heading('Parallel Process is locked', 1));
    await tab.fill(textbox('Passphrase'), PASSPHRASE);
    await tab.click(button('Unlock'));
    await tab.waitForText(SECRET);

    // Turn the lock off: the answer is plain again and a reload no longer locks.
    await tab.click(navLink('Settings'));
    await tab.fill(textbox('Passphrase', LOCK_SECTION), PASSPHRASE);
    const stopping = Date.now();
    await tab.click(button('Turn off the lock'));
    await tab.waitForText('The lock is off.', SLOW);
    const offMs = Date.now() - stopping;
    expect(await storedJson(tab)).toContain(SECRET);
    await tab.goto(huddleUrl);
    await tab.waitForText(SECRET);
    expect(await tab.has(heading('Parallel Process is locked', 1))).toBe(false);
    await tab.click(navLink('Settings'));
    await tab.find(button('Turn on the lock'));

    console.log(`[${engineName()}] lock on ${onMs} ms, off ${offMs} ms`);
    expect(await tab.pageErrors()).toEqual([]);
  });
});
