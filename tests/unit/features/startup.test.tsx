// IndexedDB unavailable (private windows in some browsers, blocked site data): the app says so
// plainly instead of failing silently, and never renders the app over storage it cannot use.
import { render, screen } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../src/app/bootstrap';
import { StartupError } from '../../../src/app/StartupError';
import { openDatabase } from '../../../src/db/open';

vi.mock('../../../src/db/open', () => ({ openDatabase: vi.fn() }));

function fakeRoot() {
  const rendered: ReactNode[] = [];
  const root = { render: (node: ReactNode) => rendered.push(node), unmount: () => {} };
  return { root: root as unknown as Root, rendered };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('when the browser will not store data', () => {
  it('shows a plain explanation instead of the app', async () => {
    vi.mocked(openDatabase).mockRejectedValue(
      new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      ),
    );
    const { root, rendered } = fakeRoot();
    const app = vi.fn(() => <p>the app</p>);
    await startApp(root, app);
    expect(app).not.toHaveBeenCalled();
    expect(rendered).toHaveLength(1);
    render(rendered[0] as ReactElement);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Parallel Process cannot store data here' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/private or incognito windows/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing has been saved or sent anywhere/)).toBeInTheDocument();
    expect(screen.getByText(/InvalidStateError/)).toBeInTheDocument();
  });

  it('renders the app when the database opens, even without navigator.storage.persist', async () => {
    vi.mocked(openDatabase).mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    const { root, rendered } = fakeRoot();
    await startApp(root, () => <p>the app</p>);
    render(rendered[0] as ReactElement);
    expect(screen.getByText('the app')).toBeInTheDocument();
  });

  it('names the cause when IndexedDB is missing altogether', async () => {
    const { openDatabase: realOpen } =
      await vi.importActual<typeof import('../../../src/db/open')>('../../../src/db/open');
    vi.stubGlobal('indexedDB', undefined);
    await expect(realOpen()).rejects.toThrow('IndexedDB is not available in this browser window.');
    render(
      <StartupError error={new Error('IndexedDB is not available in this browser window.')} />,
    );
    expect(screen.getByRole('main')).toHaveTextContent(/Open the app in a normal browser window/);
  });
});
