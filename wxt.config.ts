import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Production asks only for activeTab + scripting + storage. The e2e build (wxt build --mode e2e)
// adds host permissions for 127.0.0.1 only, because a test cannot grant activeTab by a user gesture.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // csv-stringify's default build needs Node's Buffer; its browser build runs in extension pages (CSV export).
    resolve: { alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
    // VPS_NO_MINIFY=1: readable function names in a browser CPU profile (scripts/profile-popup.ts).
    ...(process.env.VPS_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    // Localised from public/_locales/<lang>/messages.json (Norwegian bokmål is `nb`).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for one vendor site at a time, when the user clicks "Analyse all" (related pages). Never granted at install.
    // MV2 (Firefox) has no optional_host_permissions: there host patterns go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // *.test: vendor pages under their own hostnames (tests/e2e/vendors.test.ts maps them to 127.0.0.1).
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://*.test/*'] } : {}),
    action: { default_title: 'Vendor Privacy Scorecard' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vendor-privacy-scorecard@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
