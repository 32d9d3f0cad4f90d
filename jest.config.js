// One jest run, six projects: pure logic, the local cloud emulator, cloud functions through the
// local cloud, the deployable build artifacts, the weapp build run in a headless mini-program host,
// and the H5 build driven in headless Chromium.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
]

const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(mingo)/)'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contract/(.*)$': '<rootDir>/types/$1',
  },
  testEnvironment: 'node',
}

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    { ...base, displayName: 'localcloud', testMatch: ['<rootDir>/tests/localcloud/**/*.test.ts'] },
    { ...base, displayName: 'cloud', testMatch: ['<rootDir>/tests/cloud/**/*.test.ts'] },
    { ...base, displayName: 'build', testMatch: ['<rootDir>/tests/build/**/*.test.ts'] },
    {
      ...base,
      displayName: 'weapp',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/weapp/global-setup.js',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      slowTestThreshold: 30,
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/support/setup.ts'],
    },
  ],
}
