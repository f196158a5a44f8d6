import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { HomeRoute } from '../features/home/HomeRoute';
import { NotFoundRoute } from '../features/not-found/NotFoundRoute';
import { Layout } from './Layout';
import { RouteErrorBoundary } from './RouteError';
import { RouteLoading } from './RouteLoading';
import { LAZY_ROUTES, RoomScreen } from './routes';

/** Every lazy screen but the wall display sits inside Layout; paths come from one table. */
const LAYOUT_SCREENS = LAZY_ROUTES.filter(({ route }) => route !== RoomScreen);

/**
 * The route table. Declarative routes (not the data router): the app loads no data through the
 * router, and the data router alone adds ~16 KB gzip to every first load. A screen whose code
 * has not arrived yet suspends inside Layout's <Suspense>. Navigation does not wait in a
 * transition: the address, the highlighted nav link and the screen change together (a screen
 * still loading shows "Loading…" after a short delay), as they did with the data router.
 */
export function AppRouter() {
  return (
    <BrowserRouter useTransitions={false}>
      <RouteErrorBoundary>
        <Routes>
          {/* The wall display: its own window, no navigation, nothing but what the room may see. */}
          <Route
            path="/room"
            element={
              <Suspense fallback={<RouteLoading />}>
                <RoomScreen.Component />
              </Suspense>
            }
          />
          <Route path="/" element={<Layout />}>
            <Route index element={<HomeRoute />} />
            {LAYOUT_SCREENS.map(({ path, route }) => (
              <Route key={path} path={path.slice(1)} element={<route.Component />} />
            ))}
            <Route path="*" element={<NotFoundRoute />} />
          </Route>
        </Routes>
      </RouteErrorBoundary>
    </BrowserRouter>
  );
}
