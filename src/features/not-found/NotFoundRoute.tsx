import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Your teams and huddles are where you left them.</p>
      <p>
        <Link to="/">Go to your teams</Link>
      </p>
    </div>
  );
}
