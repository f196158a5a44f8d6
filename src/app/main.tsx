import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/styles.css';
import { startApp } from './bootstrap';
import { AppRouter } from './router';
import { preloadRoute } from './routes';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page is missing its #root element.');

// The current screen's chunk downloads while the database opens, so the first render has it.
const screenReady = preloadRoute(window.location.pathname);

startApp(
  createRoot(rootElement),
  () => (
    <StrictMode>
      <AppRouter />
    </StrictMode>
  ),
  screenReady,
);
