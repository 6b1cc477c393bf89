import { tabLink } from "../../../bot/src/services/tabLink";
import { startPathFrom } from "../../../tab/src/router/routes";

describe("links from cards to a page of the tab", () => {
  const page = "/recruitment/c%C3%A9-1?section=messages";

  it("is a Teams deep link to the personal tab when the app id is known, carrying the page as subEntityId", () => {
    const link = tabLink(
      { teamsAppId: "0d5f0e1a-0000-4000-8000-000000000001", localBaseUrl: "http://127.0.0.1:3978" },
      page,
    )!;
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(
      "https://teams.microsoft.com/l/entity/0d5f0e1a-0000-4000-8000-000000000001/home",
    );
    expect(JSON.parse(url.searchParams.get("context")!)).toEqual({ subEntityId: page });
  });

  it("is the page itself in local mode, and nothing when neither is known", () => {
    expect(tabLink({ localBaseUrl: "http://127.0.0.1:3978" }, page)).toBe(`http://127.0.0.1:3978${page}`);
    expect(tabLink({}, page)).toBeUndefined();
  });

  it("opens the tab on the page the deep link names, and only on one of ours", () => {
    const subEntityId = JSON.parse(new URL(tabLink({ teamsAppId: "app" }, page)!).searchParams.get("context")!)
      .subEntityId as string;
    expect(startPathFrom(subEntityId)).toBe(page);
    expect(startPathFrom(undefined)).toBeUndefined();
    expect(startPathFrom("")).toBeUndefined();
    expect(startPathFrom("recruitment/x")).toBeUndefined();
    expect(startPathFrom("//evil.example/recruitment/x")).toBeUndefined();
    expect(startPathFrom("/nowhere/at/all")).toBeUndefined();
    expect(startPathFrom("/poster/abc")).toBe("/poster/abc");
  });
});
