/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  // The SIGKILL and bundle tests spawn processes; give them room on a busy 2-core machine.
  testTimeout: 120000,
};
