import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { STAFF_PAGES, staffPageOf, type StaffPage } from "../../../bot/src/contracts/staffPages";
import { matchRoute } from "../../../tab/src/router/routes";

/**
 * The server picks page-<page>.html by staffPageOf, and that file preloads the module STAFF_PAGES
 * names: both must agree with what the browser's router shows at the same address, or a phone
 * would download one page's scripts and then wait for another's.
 */
const pagesDir = join(__dirname, "..", "..", "..", "tab", "src", "pages");
const outlet = readFileSync(join(pagesDir, "PageOutlet.tsx"), "utf8");

/** An address of each page, as the app links to it. */
const addressOf = (page: StaffPage): string => {
  if (page === "home") return "/";
  if (["config", "dashboard", "accessibility", "setup"].includes(page)) return `/${page}`;
  return `/${page}/campaign-1`;
};

describe("the staff pages the server preloads", () => {
  it.each(Object.entries(STAFF_PAGES) as [StaffPage, string][])(
    "%s: its module exists, the outlet loads it lazily, and the router shows that page at its address",
    (page, module) => {
      expect(existsSync(join(pagesDir, `${module}.tsx`))).toBe(true);
      expect(outlet).toContain(`import("./${module}")`);
      expect(staffPageOf(addressOf(page))).toBe(page);
      expect(matchRoute(addressOf(page)).page).toBe(page);
    },
  );

  it("knows a page's address with a trailing slash or a query's path, and the setup of an existing campaign", () => {
    expect(staffPageOf("/poster/campaign-1/")).toBe("poster");
    expect(staffPageOf("/setup/campaign-1")).toBe("setup");
    expect(matchRoute("/setup/campaign-1").page).toBe("setup");
  });

  it.each(["/join/ABC123", "/confirm/t", "/follow/t", "/home", "/Poster/c", "/nowhere", "", "static/app.js"])(
    "%s is no staff page: the server sends index.html or the usagers' page",
    (path) => expect(staffPageOf(path)).toBeUndefined(),
  );
});
