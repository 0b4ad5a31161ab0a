/**
 * Component tests: babel-jest with the project's babel config, jsdom, Testing Library.
 * Taro's components map to their React build; `@tarojs/taro` maps to a small shim over
 * the H5 implementation (see test/taroShim.ts).
 */
const path = require('node:path');

process.env.TARO_ENV = 'h5';

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}', '<rootDir>/test/**/*.test.{ts,tsx}'],
  transform: {
    '^.+\\.(mjs|cjs|jsx?|tsx?)$': ['babel-jest', { configFile: path.join(__dirname, 'babel.config.js') }],
  },
  // Allow-list, judged on the first node_modules segment only (Taro nests its own): these ship ESM.
  transformIgnorePatterns: [
    '^(?:(?!/node_modules/).)*/node_modules/(?!(@tarojs|@stencil|swiper|tslib|lodash-es|nanoid|query-string|decode-uri-component|split-on-first|filter-obj)/)',
  ],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/taroShim.ts',
    '\\.(css|scss)$': '<rootDir>/test/styleStub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@test/(.*)$': '<rootDir>/test/$1',
  },
  setupFiles: ['<rootDir>/test/setupGlobals.js'],
  setupFilesAfterEnv: ['<rootDir>/test/setupMatchers.ts'],
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: false,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react',
    // Build-time deployment settings (config/deployment.ts): none configured.
    BUILD_CLOUD_ENV: '',
    BUILD_SUBSCRIBE_TEMPLATES: {},
  },
};
