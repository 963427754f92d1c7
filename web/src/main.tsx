import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from './lib/i18n';
import './app/global.css';
import { App, makeQueryClient } from './app/App';
import { themeCssVariables } from './app/theme';
import { meQuery } from './features/auth/session';

// The stylesheets take colours and spacing from the theme through these variables; set before anything renders.
for (const [name, value] of Object.entries(themeCssVariables())) document.documentElement.style.setProperty(name, value);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const queryClient = makeQueryClient();
// The session check and the language's strings download side by side: the first screen needs both.
void queryClient.prefetchQuery(meQuery);
// Rendered even if the strings failed to arrive (offline): the error screens then still offer a reload.
void startI18n()
  .catch(() => undefined)
  .then(() =>
    createRoot(container).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    ),
  );
