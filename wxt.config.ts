import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Production asks only for activeTab + scripting + storage. The e2e build (wxt build --mode e2e)
// adds host permissions for 127.0.0.1 only, because a test cannot grant activeTab by a user gesture.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: 'Vendor Privacy Scorecard',
    description:
      'Reads a SaaS vendor’s privacy, GDPR, security or TOM page and shows what it really promises. Nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
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
