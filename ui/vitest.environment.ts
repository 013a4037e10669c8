// Node, with the modules transformed as for the window (Vite's client
// environment) rather than for a server: the Svelte plugin compiles
// `.svelte.ts` runes to reactive client code and `svelte` resolves to its
// browser build. The DOM is not needed: the tested logic has none.
import { builtinEnvironments, type Environment } from 'vitest/runtime';

export default {
  ...builtinEnvironments.node,
  name: 'node-client',
  viteEnvironment: 'client',
} satisfies Environment;
