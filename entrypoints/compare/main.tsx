import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../../lib/i18n';
import { App } from './App';
import '../../components/compare/compare.css';

// index.html names the page "PolicyLens" until the script runs: HTML has no access to the i18n API.
document.title = t('compare_pageTitle');
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
