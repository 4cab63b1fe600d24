import { defineConfig } from 'wxt';

// The manifest asks only for what the extension uses; the README lists each permission and why.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'PolicyLens',
    description:
      'Summarises privacy policies on your machine: data collected, sharing, retention, rights and red flags, each with its evidence.',
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'PolicyLens' },
  },
});
