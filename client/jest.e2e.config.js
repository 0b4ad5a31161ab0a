/** End to end: real server, real Chromium. Run alone (one worker); each suite starts its own server. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', target: 'ES2020', esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 120000,
};
