import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import '../ui/styles.css';
import { startApp } from './bootstrap';
import { router } from './router';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page is missing its #root element.');

startApp(createRoot(rootElement), () => (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
));
