// Lint rules that guard the architecture: botbuilder stays behind bot/src/transport/ so the
// successor SDK is a one-folder change (botbuilder is archived upstream).
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "tests/.artifacts/**", ".data/**", "**/*.cjs", "**/*.mjs", "jest.config.js"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["botbuilder", "botbuilder-*", "botframework-*"], message: "Only bot/src/transport/ may import botbuilder." },
          ],
        },
      ],
    },
  },
  {
    files: ["bot/src/transport/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["bot/src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["botbuilder*", "botframework-*", "@azure/*", "restify", "node:*", "fs", "http"], message: "The domain is pure: no I/O, no SDKs." }] },
      ],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "Pass a clock in." }, { object: "Math", property: "random", message: "Pass a seed in." }],
    },
  },
  {
    // Journey tests prove a person can go through the method: only the doors people have (Teams
    // activities on /api/messages, the tab's HTTP API, the public pages), never storage or services.
    files: ["tests/e2e/journeys/**/*.ts", "tests/browser/**/*.journey.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["botbuilder", "botbuilder-*", "botframework-*"], message: "Only bot/src/transport/ may import botbuilder." },
            {
              group: ["**/bot/src/storage/**", "**/bot/src/services/**", "**/bot/src/domain/**"],
              message: "A journey test goes through the doors people have (Teams activities, the tab's API, the public pages): no storage, services or domain. The API's types are in bot/src/contracts/.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[property.name='repos'], MemberExpression[property.value='repos']", message: "A journey test does not read or write repositories: go through a door a person has." },
        { selector: "MemberExpression[property.name='tables'], MemberExpression[property.value='tables']", message: "A journey test does not read or write tables: go through a door a person has." },
        { selector: "CallExpression[callee.name='seedCampaign'], CallExpression[callee.property.name='seedCampaign']", message: "A journey test starts from an empty store: create the campaign as a coordinator would." },
      ],
    },
  },
);
