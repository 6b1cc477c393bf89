// @microsoft/app-manifest (loaded by appPackage.cjs) needs strip-bom, an ES module jest cannot require.
jest.mock("strip-bom", () => ({
  __esModule: true,
  default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { MANIFEST_DIR, buildManifest, iconProblems, isWhiteOnTransparent } from "../../../manifest/lib/appPackage.cjs";
import { SETTINGS } from "./fixtures";

const read = (name: string): PNG => PNG.sync.read(readFileSync(join(MANIFEST_DIR, name)));

describe("app icons", () => {
  it("colour icon is 192x192 and not blank", () => {
    const png = read("color.png");
    expect([png.width, png.height]).toEqual([192, 192]);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
    expect(colours.size).toBeGreaterThan(3);
  });

  it("outline icon is 32x32, white on transparent only, and draws something", () => {
    const png = read("outline.png");
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(isWhiteOnTransparent(png)).toBe(true);
    let opaque = 0;
    for (let i = 3; i < png.data.length; i += 4) if (png.data[i] === 255) opaque += 1;
    expect(opaque).toBeGreaterThan(32);
  });

  it("the white/transparent check catches a coloured pixel", () => {
    const png = read("outline.png");
    png.data[0] = 200; // red channel of the first pixel
    png.data[3] = 255;
    expect(isWhiteOnTransparent(png)).toBe(false);
  });

  it("the manifest's icons pass the package's own checks", () => {
    const { manifest } = buildManifest(SETTINGS);
    expect(iconProblems(manifest)).toEqual([]);
  });

  it("the package's check reports an icon of the wrong size", () => {
    const { manifest } = buildManifest(SETTINGS);
    const swapped = { ...manifest, icons: { color: "outline.png", outline: "outline.png" } };
    expect(iconProblems(swapped)).toEqual(["The color icon is 32x32: Teams expects 192x192."]);
  });
});
