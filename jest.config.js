// One jest run, four projects. Azurite is started once for the whole run (tests/support/globalSetup.ts).
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] };
const moduleNameMapper = { "^adaptivecards$": "<rootDir>/node_modules/adaptivecards/dist/adaptivecards.min.js" };
const common = { rootDir: __dirname, transform, moduleNameMapper, testEnvironment: "node" };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: "<rootDir>/tests/support/globalSetup.ts",
  globalTeardown: "<rootDir>/tests/support/globalTeardown.ts",
  testTimeout: 30000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    { ...common, displayName: "integration", testMatch: ["<rootDir>/tests/integration/**/*.test.ts"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
    { ...common, displayName: "browser", testMatch: ["<rootDir>/tests/browser/**/*.test.ts"] },
  ],
};
