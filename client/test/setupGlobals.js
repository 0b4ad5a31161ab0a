// Compile-time constants Taro's webpack config defines; jsdom lacks them.
process.env.TARO_ENV = 'h5';
globalThis.ENABLE_INNER_HTML = true;
globalThis.ENABLE_ADJACENT_HTML = true;
globalThis.ENABLE_SIZE_APIS = false;
globalThis.ENABLE_TEMPLATE_CONTENT = true;
globalThis.ENABLE_CLONE_NODE = true;
globalThis.ENABLE_CONTAINS = true;
globalThis.ENABLE_MUTATION_OBSERVER = false;
globalThis.DEPRECATED_ADAPTER_COMPONENT = false;
globalThis.__TARO_FRAMEWORK__ = 'react';

// No test reaches the network: a test that needs answers stubs fetch (test/helpers.tsx).
globalThis.fetch = () => Promise.reject(new TypeError('no network in component tests'));
