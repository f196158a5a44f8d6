import { matchPath } from 'react-router';
import { type LazyRoute, lazyRoute } from './lazyRoute';

// Home is in the entry chunk (it is the first screen); every other screen is its own chunk,
// fetched when first visited. Facilitate and the live huddle are small chunks, and start-up
// fetches the current screen's chunk while the database opens (see preloadRoute).
export const RoomScreen = lazyRoute(
  () => import('../features/room-screen/RoomScreenRoute'),
  (m) => m.RoomScreenRoute,
);
export const Facilitate = lazyRoute(
  () => import('../features/facilitate/FacilitateRoute'),
  (m) => m.FacilitateRoute,
);
export const Huddle = lazyRoute(
  () => import('../features/facilitate/HuddleRoute'),
  (m) => m.HuddleRoute,
);
export const Summary = lazyRoute(
  () => import('../features/history/SummaryRoute'),
  (m) => m.SummaryRoute,
);
export const Team = lazyRoute(
  () => import('../features/home/TeamRoute'),
  (m) => m.TeamRoute,
);
export const Library = lazyRoute(
  () => import('../features/library/LibraryRoute'),
  (m) => m.LibraryRoute,
);
export const History = lazyRoute(
  () => import('../features/history/HistoryRoute'),
  (m) => m.HistoryRoute,
);
export const Insights = lazyRoute(
  () => import('../features/insights/InsightsRoute'),
  (m) => m.InsightsRoute,
);
export const Reports = lazyRoute(
  () => import('../features/reports/ReportRoute'),
  (m) => m.ReportRoute,
);
export const Settings = lazyRoute(
  () => import('../features/settings/SettingsRoute'),
  (m) => m.SettingsRoute,
);

/** The lazy screens and their paths: the route table (router.tsx) and preloadRoute both read it. */
export const LAZY_ROUTES: readonly { path: string; route: LazyRoute }[] = [
  { path: '/room', route: RoomScreen },
  { path: '/facilitate', route: Facilitate },
  { path: '/facilitate/:sessionId', route: Huddle },
  { path: '/history/:sessionId', route: Summary },
  { path: '/teams/:teamId', route: Team },
  { path: '/library', route: Library },
  { path: '/history', route: History },
  { path: '/insights', route: Insights },
  { path: '/reports', route: Reports },
  { path: '/settings', route: Settings },
];

/** The lazy screen a URL path opens, if any. */
export function lazyRouteFor(pathname: string): LazyRoute | undefined {
  return LAZY_ROUTES.find(({ path }) => matchPath(path, pathname))?.route;
}

/** Starts fetching the screen for `pathname`; resolves when it is loaded (or failed to load). */
export function preloadRoute(pathname: string): Promise<void> {
  const route = lazyRouteFor(pathname);
  return route
    ? route.preload().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}
