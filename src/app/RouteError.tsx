import { Link, useRouteError } from 'react-router';

export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <main id="main" className="page">
      <h1>Something went wrong</h1>
      <p>Your saved huddles are not affected. Reload the page to try again.</p>
      <p className="muted">{message}</p>
      <p>
        <Link to="/">Back to teams</Link>
      </p>
    </main>
  );
}
