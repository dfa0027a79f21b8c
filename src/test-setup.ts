import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from './app/i18n';

// Korean loads on demand in the page; components under test may render in either language.
await loadLanguage('ko');

afterEach(() => {
  cleanup();
});
