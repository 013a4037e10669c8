import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The @fontsource style sheets offer each face as WOFF2 and, for old
 * browsers, WOFF. The window (WebKitGTK) reads WOFF2: dropping the WOFF
 * sources keeps the WOFF copies out of the bundle (the Chinese face alone
 * would add several megabytes).
 */
function woff2Only(): Plugin {
  return {
    name: 'pledge-desk-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/].*\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, ''), map: null };
    },
  };
}

// Everything is served from the app bundle: no CDN, no remote fonts. Assets
// are never inlined as data: URLs because the CSP allows fonts from 'self'
// only.
export default defineConfig({
  base: './',
  plugins: [woff2Only(), svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
