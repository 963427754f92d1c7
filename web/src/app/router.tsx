/**
 * Routes, each capability lazily loaded with its strings so the login page ships only what it needs (budget:
 * 350 kB gzip). Screens inside the shell can count on its strings (the `shell` part). Paths are English and
 * stable; labels come from i18n.
 */
import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { RouteError } from '../components/RouteError';
import { PublicOnly, RequireAuth, RequireNav } from './guards';
import { lazyNamed } from './lazy';
import type { NavKey } from './nav';
import { AdminIndex } from './AdminIndex';

const LoginPage = lazyNamed(() => import('../features/auth/LoginPage'), 'LoginPage');
const HomePage = lazyNamed(() => import('../features/home/HomePage'), 'HomePage');
const ReceptionPage = lazyNamed(() => import('../features/reception/ReceptionPage'), 'ReceptionPage', ['records']);
const LettersPage = lazyNamed(() => import('../features/letters/LettersPage'), 'LettersPage', ['records']);
const LetterPage = lazyNamed(() => import('../features/letters/LetterPage'), 'LetterPage', ['records']);
const CasesPage = lazyNamed(() => import('../features/cases/CasesPage'), 'CasesPage', ['records']);
const CasePage = lazyNamed(() => import('../features/cases/CasePage'), 'CasePage', ['records']);
const PeoplePage = lazyNamed(() => import('../features/people/PeoplePage'), 'PeoplePage', ['people']);
const PeriodsPage = lazyNamed(() => import('../features/periods/PeriodsPage'), 'PeriodsPage', ['periods']);
const PeriodPage = lazyNamed(() => import('../features/periods/PeriodPage'), 'PeriodPage', ['periods']);
const PersonPage = lazyNamed(() => import('../features/people/PersonPage'), 'PersonPage', ['people', 'records']);
const IncidentsPage = lazyNamed(() => import('../features/incidents/IncidentsPage'), 'IncidentsPage');
const TimelinePage = lazyNamed(() => import('../features/incidents/TimelinePage'), 'TimelinePage');
const ReportsPage = lazyNamed(() => import('../features/reports/ReportsPage'), 'ReportsPage');
const CalendarPage = lazyNamed(() => import('../features/calendar/CalendarPage'), 'CalendarPage', ['calendar']);
const UnitsPage = lazyNamed(() => import('../features/admin/units/UnitsPage'), 'UnitsPage', ['admin']);
const PlacesPage = lazyNamed(() => import('../features/admin/places/PlacesPage'), 'PlacesPage', ['admin']);
const OfficersPage = lazyNamed(() => import('../features/admin/officers/OfficersPage'), 'OfficersPage', ['admin']);
const AccountsPage = lazyNamed(() => import('../features/admin/accounts/AccountsPage'), 'AccountsPage', ['admin']);
const AuditPage = lazyNamed(() => import('../features/admin/audit/AuditPage'), 'AuditPage', ['admin']);
const NotFound = lazyNamed(() => import('../components/ResultPages'), 'NotFound');

function page(navKey: NavKey, element: ReactNode) {
  return (
    <RequireNav navKey={navKey}>
      <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>
    </RequireNav>
  );
}

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <PublicOnly>
        <LoginPage />
      </PublicOnly>
    ),
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: page('home', <HomePage />) },
      { path: 'reception', element: page('reception', <ReceptionPage />) },
      { path: 'letters', element: page('letters', <LettersPage />) },
      { path: 'letters/:id', element: page('letters', <LetterPage />) },
      { path: 'cases', element: page('cases', <CasesPage />) },
      { path: 'cases/:id', element: page('cases', <CasePage />) },
      { path: 'people', element: page('people', <PeoplePage />) },
      { path: 'people/:id', element: page('people', <PersonPage />) },
      { path: 'periods', element: page('periods', <PeriodsPage />) },
      { path: 'periods/:id', element: page('periods', <PeriodPage />) },
      { path: 'incidents', element: page('incidents', <IncidentsPage />) },
      { path: 'incidents/timeline', element: page('incidents', <TimelinePage />) },
      { path: 'reports', element: page('reports', <ReportsPage />) },
      { path: 'calendar', element: page('calendar', <CalendarPage />) },
      {
        path: 'admin',
        children: [
          { index: true, element: page('admin', <AdminIndex />) },
          { path: 'units', element: page('admin-units', <UnitsPage />) },
          { path: 'places', element: page('admin-places', <PlacesPage />) },
          { path: 'officers', element: page('admin-officers', <OfficersPage />) },
          { path: 'accounts', element: page('admin-accounts', <AccountsPage />) },
          { path: 'audit', element: page('admin-audit', <AuditPage />) },
        ],
      },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
