import { useEffect, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, theme as antdTheme } from 'antd';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, onUnauthorized } from '../lib/api';
import { antdLocale } from '../lib/i18n';
import { clearSession } from '../features/auth/session';
import { router } from './router';
import { theme } from './theme';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Government offices keep tabs open all day; refetch on focus keeps lists current without polling.
        refetchOnWindowFocus: true,
        staleTime: 15_000,
        // A 4xx will not heal by retrying; only transient failures (network, 5xx) get one more try.
        retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/**
 * The text style antd's <App> gives its subtree, for the screens outside it (login, spinners, error pages).
 * <App> itself (message, modal, notification) lives in the signed-in shell: the login page has no use for it.
 */
function BaseText({ children }: { children: ReactNode }) {
  const { token } = antdTheme.useToken();
  return <div style={{ color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight, fontFamily: token.fontFamily }}>{children}</div>;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  // Re-renders on a language switch, which is when antd's locale changes.
  useTranslation();

  useEffect(
    () =>
      onUnauthorized(() => {
        // The router sees me = null and sends the user to the login page, remembering where they were.
        clearSession(queryClient, 'expired');
      }),
    [queryClient],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={antdLocale()} theme={theme}>
        <BaseText>
          <RouterProvider router={router} />
        </BaseText>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
