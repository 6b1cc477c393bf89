// Lint rules that guard the architecture: botbuilder stays behind bot/src/transport/ so the
// successor SDK is a one-folder change (botbuilder is archived upstream).
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

const BOTBUILDER = {
  group: ["botbuilder", "botbuilder-*", "botframework-*"],
  message: "Only bot/src/transport/ may import botbuilder.",
};

/** The layers run one way: domain → storage / i18n → cards → services → transport. */
function layer(files, forbidden, message) {
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: [BOTBUILDER, { group: forbidden, message }] }],
    },
  };
}

// Tests written before the campaign had doors to every state; they seed storage and are to be converted
// (tests/support/methodJourney.ts reaches every state through Teams and the tab, as the converted ones show).
const SEEDING_TESTS = [
  "tests/browser/accessibility.test.ts",
  "tests/browser/home.test.ts",
  "tests/browser/poster/poster.test.ts",
  "tests/browser/routes.test.ts",
  "tests/e2e/poster/demo.test.ts",
  "tests/e2e/workshop/concurrency.test.ts",
  "tests/e2e/workshop/scaleOutCaches.test.ts",
];

// Tests that check a fact no person can see through the app, so they read storage by design: the
// conversation records the bot keeps when it is installed (botWelcome; botAuthentication and
// refusedActivities run with production settings, where the bot cannot send from a test machine), a
// contribution's audit trail and the proxy flags on scale answers and ballots (unhideAndLiveCounts).
// Converting them means first showing those facts somewhere (a facilitator's audit view, say).
const STORAGE_FACT_TESTS = [
  "tests/e2e/botWelcome.test.ts",
  "tests/e2e/security/botAuthentication.test.ts",
  "tests/e2e/security/refusedActivities.test.ts",
  "tests/e2e/workshop/unhideAndLiveCounts.test.ts",
];

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "tests/.artifacts/**",
      ".data/**",
      "**/*.cjs",
      "**/*.mjs",
      "jest.config.js",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["botbuilder", "botbuilder-*", "botframework-*"],
              message: "Only bot/src/transport/ may import botbuilder.",
            },
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
        {
          patterns: [
            {
              group: ["botbuilder*", "botframework-*", "@azure/*", "restify", "node:*", "fs", "http"],
              message: "The domain is pure: no I/O, no SDKs.",
            },
            {
              group: [
                "**/storage/**",
                "**/services/**",
                "**/transport/**",
                "**/cards/**",
                "**/i18n/**",
                "**/config/**",
              ],
              message: "The domain is the bottom layer: it imports nothing of the app above it.",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Pass a clock in." },
        { object: "Math", property: "random", message: "Pass a seed in." },
      ],
    },
  },
  layer(
    ["bot/src/storage/**/*.ts"],
    ["**/services/**", "**/transport/**", "**/cards/**", "**/app", "restify"],
    "Storage is below services, cards and transport: it knows documents and tables only.",
  ),
  layer(
    ["bot/src/i18n/**/*.ts"],
    ["**/services/**", "**/transport/**", "**/cards/**", "**/storage/**", "**/app"],
    "i18n turns the domain's codes into text; it does not reach up to services, cards or storage.",
  ),
  layer(
    ["bot/src/cards/**/*.ts"],
    ["**/services/**", "**/transport/**", "**/storage/**", "**/app", "restify"],
    "A card builder is pure: it takes a view (domain types or contracts), never a service or a repository.",
  ),
  layer(
    ["bot/src/services/**/*.ts"],
    ["**/transport/**", "**/app", "restify"],
    "Services do not know HTTP or the Bot Framework: transport calls them, not the other way round.",
  ),
  {
    files: ["tab/src/**/*.ts", "tab/src/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The tab shares the bot's pure rules and the API's contracts, nothing else of the server.
    files: ["tab/src/**/*.ts", "tab/src/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            BOTBUILDER,
            {
              group: [
                "**/bot/src/app",
                "**/bot/src/cards/**",
                "**/bot/src/config/**",
                "**/bot/src/dev/**",
                "**/bot/src/i18n/messages/**",
                "**/bot/src/i18n/domainText",
                "**/bot/src/i18n/en",
                "**/bot/src/i18n/fr",
                "**/bot/src/i18n/locale",
                "**/bot/src/i18n/translate",
                "**/bot/src/logging/**",
                "**/bot/src/services/**",
                "**/bot/src/storage/**",
                "**/bot/src/transport/**",
              ],
              message:
                "The tab imports only bot/src/domain/ (pure rules), bot/src/contracts/ (the API's shapes) and bot/src/i18n/shared/ (labels both show).",
            },
          ],
        },
      ],
    },
  },
  {
    // End-to-end and browser tests reach the app only through the doors people have (Teams activities
    // on /api/messages, the tab's HTTP API, the public pages), never storage or services. Every new
    // file is held to it; the two lists above name the ones that still read or write storage, and why.
    files: ["tests/e2e/**/*.ts", "tests/browser/**/*.ts"],
    ignores: [...SEEDING_TESTS, ...STORAGE_FACT_TESTS],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["botbuilder", "botbuilder-*", "botframework-*"],
              message: "Only bot/src/transport/ may import botbuilder.",
            },
            {
              group: ["**/bot/src/storage/**", "**/bot/src/services/**", "**/bot/src/domain/**"],
              message:
                "A journey test goes through the doors people have (Teams activities, the tab's API, the public pages): no storage, services or domain. The API's types are in bot/src/contracts/.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='repos'], MemberExpression[property.value='repos']",
          message: "A journey test does not read or write repositories: go through a door a person has.",
        },
        {
          selector: "MemberExpression[property.name='tables'], MemberExpression[property.value='tables']",
          message: "A journey test does not read or write tables: go through a door a person has.",
        },
        {
          selector: "CallExpression[callee.name='seedCampaign'], CallExpression[callee.property.name='seedCampaign']",
          message: "A journey test starts from an empty store: create the campaign as a coordinator would.",
        },
      ],
    },
  },
  prettier,
);
