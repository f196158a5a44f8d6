/**
 * Shown while a screen's code loads: on the first visit to a screen, or on a slow start (start-up
 * fetches the current screen's chunk before the first render). It fades in after a short delay,
 * so a quick load shows nothing rather than a flash. index.html's first paint shows the same.
 */
export function RouteLoading() {
  return (
    <div className="page route-loading" role="status">
      <p>Loading…</p>
    </div>
  );
}
