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
);
