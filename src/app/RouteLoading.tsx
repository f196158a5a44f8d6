/**
 * Shown while a screen's code loads (only on a slow first visit: start-up fetches the current
 * screen's chunk before the first render, and navigations keep the previous screen until the next
 * one is ready). It fades in after a short delay, so a quick load shows nothing rather than a flash.
 */
export function RouteLoading() {
  return (
    <div className="page route-loading" role="status">
      <p>Loading…</p>
    </div>
  );
}
