import { mount } from 'svelte';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/500.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
// Arabic and Simplified Chinese ship with the app too (the CSP allows fonts
// from the bundle only). The Chinese face is large: 400 and 700 only, the
// browser maps 500 and 600 onto them.
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-500.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
// Styles, in cascade order, one file per area of the window.
import './styles/base.css';
import './styles/header.css';
import './styles/layout.css';
import './styles/fields.css';
import './styles/rows-and-buttons.css';
import './styles/country-picker.css';
import './styles/drafts.css';
import './styles/notices.css';
import './styles/signing-shared.css';
import './styles/pledge-details.css';
import './styles/signing.css';
import './styles/receipt.css';
import './styles/settings.css';
import './styles/sync-bar.css';
import './styles/staff.css';
import './styles/closing.css';
import './styles/narrow.css';
import './styles/print.css';
import App from './App.svelte';
import { applyToDocument } from './lib/i18n/index.svelte';

const target = document.getElementById('app');
if (!target) {
  throw new Error('Pledge Desk: #app is missing from index.html');
}

// <html lang dir> follow the remembered UI language before the first paint.
applyToDocument();

export default mount(App, { target });
