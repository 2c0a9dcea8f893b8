/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }],
  },
  testTimeout: 120000,
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose ESM-only dependencies Jest cannot load.
    '^office-addin-manifest$': '<rootDir>/test/office/shims/office-addin-manifest.js',
  },
};
