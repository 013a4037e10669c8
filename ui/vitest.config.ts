import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// The unit tests of the window's logic (src/lib/*.test.ts), with the same
// Svelte plugin as the build so that `.svelte.ts` modules (runes) compile,
// for the client as in the window (see vitest.environment.ts).
export default mergeConfig(
  viteConfig,
  defineConfig({
    resolve: { conditions: ['browser'] },
    test: {
      include: ['src/**/*.test.ts'],
      environment: './vitest.environment.ts',
    },
  }),
);
