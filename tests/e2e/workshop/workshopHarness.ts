/** Moved to tests/support/workshopHarness.ts (journey tests use it too); kept so the workshop tests import it as before. */
export * from "../../support/workshopHarness";
