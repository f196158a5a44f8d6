import type { Locator, Page } from 'playwright-core';

const VISIBLE = 15_000;

/** Page model of a live huddle on the facilitator's screen. */
export class HuddlePage {
  constructor(readonly page: Page) {}

  get stepTitle(): Locator {
    return this.page.locator('#step-title');
  }

  async waitForStep(title: string | RegExp) {
    await this.page
      .getByRole('heading', { level: 1, name: title })
      .waitFor({ state: 'visible', timeout: VISIBLE });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  async next() {
    await this.page.locator('.flow-controls button', { hasText: /^Next/ }).click();
  }

  /** Lobby: adds people to the team on the spot and marks them present. */
  async addPeople(names: string[]) {
    for (const name of names) {
      await this.page.getByLabel('Someone else in the room').fill(name);
      await this.button('Add to the team').click();
      await this.page.getByRole('checkbox', { name }).waitFor({ state: 'visible' });
    }
  }

  get turn(): Locator {
    return this.page.locator('section.turn');
  }

  get writing(): Locator {
    return this.page.locator('section.writing');
  }

  /** Pass-the-device: the next person opens the writing screen. */
  async beginTurn() {
    await this.button("I'm ready to write").click();
    await this.writing.waitFor({ state: 'visible' });
  }

  async handOn() {
    await this.button('Done — hand to the next person').click();
    await this.writing.waitFor({ state: 'detached' });
  }

  /** Waits until the autosave has written the text (the field's status says "Saved"). */
  async waitSaved(scope: Locator) {
    await scope.getByText('Saved', { exact: true }).first().waitFor({ state: 'visible' });
  }
}
