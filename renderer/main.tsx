/** Entry point of the renderer bundle. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/start-app';
import './styles/theme.css';
import './styles/app.css';
// Last: fields and buttons look the same on every screen (see the file's header).
import './styles/form-controls.css';

const i18n = await startApp(window);
const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}
createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
