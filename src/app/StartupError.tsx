export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="startup-error" id="main">
      <h1>Parallel Process cannot store data here</h1>
      <p>
        This browser is not letting the app use its on-device storage (IndexedDB). This often
        happens in private or incognito windows, or when site data is blocked.
      </p>
      <p>
        Open the app in a normal browser window, or allow site data for this address, then reload.
        Nothing has been saved or sent anywhere.
      </p>
      <p className="muted">Details: {detail}</p>
    </main>
  );
}
