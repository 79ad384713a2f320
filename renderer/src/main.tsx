// Renderer entry: fonts and styles (bundled into one CSS file, so the CSP needs no inline styles),
// i18n, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import './styles/app.css';
import './styles/data.css';
import './styles/evidence.css';
import './styles/custody.css';
import './styles/analysis.css';
import './styles/search.css';
import './styles/workspace.css';
import './styles/report-fields.css';
import './styles/vault-settings.css';
import './styles/claims.css';
import './styles/report-items.css';
import { initI18n } from './i18n';
import { App } from './App';

initI18n();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
