/** Jest runs TypeScript through SWC (fast, keeps decorator metadata for Nest). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/bench'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+/node_modules/.+\\.js$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
    '^.+\\.ts$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  // A few dependencies of @fastify/static ship ESM only; Jest's CommonJS runtime needs them transpiled.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition)/)'],
  // A bound, not a wait: the Kafka and multi-process suites need up to two minutes on two busy cores.
  testTimeout: 120_000,
  // The servers the suites share (a Kafka broker, a MongoDB-protocol server): started once per run, addresses in env variables.
  globalSetup: '<rootDir>/libs/testing/engines/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/engines/global-teardown.ts',
};
