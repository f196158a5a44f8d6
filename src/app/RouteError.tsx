import { Component, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

export function RouteError({ error }: { error: unknown }) {
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

interface BoundaryProps {
  children: ReactNode;
  /** A new value (the next page) clears a caught error. */
  resetKey: string;
}

class Boundary extends Component<BoundaryProps, { error: unknown; caught: boolean }> {
  override state = { error: undefined as unknown, caught: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, caught: true };
  }

  override componentDidUpdate(previous: BoundaryProps) {
    if (this.state.caught && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: undefined, caught: false });
    }
  }

  override render() {
    return this.state.caught ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

/**
 * A screen that throws while rendering (or whose code cannot be fetched) shows "Something went
 * wrong" instead of a blank page; following a link to another page tries again.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}
