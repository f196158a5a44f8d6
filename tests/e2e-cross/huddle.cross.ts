// A full small huddle in WebKit and Firefox: a team of three, the 10-minute check-in (two round
// steps), the room screen as a second window following the current step, a reload in the middle
// of the check-in, and the saved summary holding every answer typed before and after the reload.
import { button, createTeam, heading, navLink, textbox, uniqueTeamName } from './support/app';
import { describe, engineName, expect, screenshot, test } from './support/fixtures';
import type { Tab } from './support/tab';

const PEOPLE = ['Ana', 'Ben', 'Cleo'];
const TURN = { css: 'section.turn' };

async function answerCheckIn(tab: Tab, name: string) {
  await tab.find(heading(`${name}'s turn`));
  await tab.click({ role: 'button', name: 'hopeful', exact: true, within: TURN });
  await tab.fill(textbox('What is your goal today?', TURN), `${name} goal: finish the notes`);
  await tab.fill(textbox('Who can you ask for help?', TURN), `${name} asks the team`);
  await tab.click(button('Done — next person'));
}

describe(`huddle (${engineName()})`, () => {
  test('a team of three, the room screen, a reload mid-huddle, the summary saved', async ({
    engine,
    baseURL,
  }) => {
    const { tab } = engine;
    const team = uniqueTeamName();
    await tab.goto(baseURL);
    await createTeam(tab, team);

    await tab.click(navLink('Facilitate'));
    await tab.find(heading('Facilitate a huddle', 1));
    await tab.select({ role: 'combobox', name: 'Team', exact: true }, team);
    await tab.click({ role: 'radio', name: /10-minute check-in/ });
    await tab.click(button('Open the huddle'));
    await tab.find(heading(/who is here/, 1));
    for (const name of PEOPLE) {
      await tab.fill(textbox('Someone else in the room'), name);
      await tab.click(button('Add to the team'));
      await tab.find({ role: 'checkbox', name, exact: true });
    }

    // The room screen: a second window that follows this one.
    const room = await engine.newWindow(() => tab.click(button('Open room screen')));
    await room.waitForText('Our agreements');
    await room.collectErrors();

    await tab.click(button('Start huddle'));
    await tab.find(heading('Check-in', 1));
    await room.waitForText(/Step 1 of 2[\s\S]*Check-in/);
    await answerCheckIn(tab, 'Ana');
    await tab.find(heading("Ben's turn"));

    // A reload mid-huddle: the same step, Ana's turn done, Ben's next.
    await tab.reload();
    await tab.find(heading('Check-in', 1));
    await room.waitForText(/Step 1 of 2[\s\S]*Check-in/);
    await answerCheckIn(tab, 'Ben');
    await tab.find(heading("Cleo's turn"));
    await screenshot(tab, 'huddle-check-in');
    await tab.click({ role: 'button', name: /^Pass/, within: TURN });
    await tab.waitForText('Everyone has had a turn.');
    await tab.waitForText('1 person passed');
    await tab.click({ role: 'button', name: /^Next/, within: { css: '.flow-controls' } });

    // Closing: the room screen moves on with the facilitator.
    await tab.find(heading('Closing', 1));
    await room.waitForText(/Step 2 of 2[\s\S]*Closing/);
    await screenshot(room, 'huddle-room-closing');
    for (const name of PEOPLE) {
      await tab.find(heading(`${name}'s turn`));
      await tab.fill({ css: 'textarea', within: TURN }, `${name} leaves feeling steady`);
      await tab.click(button('Done — next person'));
    }
    await tab.waitForText('Everyone has had a turn.');
    await tab.click({ role: 'button', name: /^Next/, within: { css: '.flow-controls' } });
    await tab.find(heading('Thank you, everyone'));
    await tab.click(button('Finish and save the summary'));
    await tab.waitForUrl(/\/history\/[^/#]+$/);
    await tab.waitForText('Ana goal: finish the notes');
    const summary = await tab.bodyText();
    expect(summary).toContain('Ben goal: finish the notes');
    expect(summary).toContain('Cleo leaves feeling steady');
    expect(summary).toContain(team);
    await room.waitForText(/Thank you/);

    expect(await room.pageErrors()).toEqual([]);
    expect(await tab.pageErrors()).toEqual([]);
  });
});
