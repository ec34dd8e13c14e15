// Renderer entry: set up i18n, then mount. Settings are loaded inside App behind a spinner.
import 'antd/dist/reset.css'; // antd's base styles: no stray body margin, consistent box sizing
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';

await initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
