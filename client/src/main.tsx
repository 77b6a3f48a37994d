import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './root.js';
import './styles.css';
import './explorer.css';
import './phone.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
