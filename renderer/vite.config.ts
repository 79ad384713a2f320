// Builds the renderer into dist/renderer as plain static files: relative asset paths (base './') so the
// same output loads from Electron's app:// protocol and from the test bridge's loopback server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    // Fonts and images stay separate files: a data: URL font would need font-src data: in the CSP.
    assetsInlineLimit: 0,
    // The polyfill would be dead code in Chromium and is one less script to reason about.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
