import { createBrowserRouter } from 'react-router';
import { HomeRoute } from '../features/home/HomeRoute';
import { NotFoundRoute } from '../features/not-found/NotFoundRoute';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

// Home and Facilitate are in the main bundle (the live huddle must be instant); the
// leaders' views load on demand.
export const router = createBrowserRouter([
  {
    // The wall display: its own window, no navigation, nothing but what the room may see.
    path: '/room',
    errorElement: <RouteError />,
    lazy: async () => ({
      Component: (await import('../features/room-screen/RoomScreenRoute')).RoomScreenRoute,
    }),
  },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'facilitate',
        lazy: async () => ({
          Component: (await import('../features/facilitate/FacilitateRoute')).FacilitateRoute,
        }),
      },
      {
        path: 'facilitate/:sessionId',
        lazy: async () => ({
          Component: (await import('../features/facilitate/HuddleRoute')).HuddleRoute,
        }),
      },
      {
        path: 'history/:sessionId',
        lazy: async () => ({
          Component: (await import('../features/history/SummaryRoute')).SummaryRoute,
        }),
      },
      {
        path: 'teams/:teamId',
        lazy: async () => ({
          Component: (await import('../features/home/TeamRoute')).TeamRoute,
        }),
      },
      {
        path: 'library',
        lazy: async () => ({
          Component: (await import('../features/library/LibraryRoute')).LibraryRoute,
        }),
      },
      {
        path: 'history',
        lazy: async () => ({
          Component: (await import('../features/history/HistoryRoute')).HistoryRoute,
        }),
      },
      {
        path: 'insights',
        lazy: async () => ({
          Component: (await import('../features/insights/InsightsRoute')).InsightsRoute,
        }),
      },
      {
        path: 'reports',
        lazy: async () => ({
          Component: (await import('../features/reports/ReportRoute')).ReportRoute,
        }),
      },
      {
        path: 'settings',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsRoute')).SettingsRoute,
        }),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
