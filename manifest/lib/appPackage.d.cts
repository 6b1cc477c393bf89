// Types for appPackage.cjs, so TypeScript tests can call it with strict checking.
import type { PNG } from "pngjs";

export interface PackageSettings {
  teamsAppId: string;
  botId: string;
  publicHostname: string;
  ssoAppId: string;
  publisher: string;
  appVersion: string;
}

export type JsonObject = { [key: string]: unknown };

export interface Localization {
  file: string;
  content: JsonObject;
}

export declare const MANIFEST_DIR: string;

export declare class PackageError extends Error {
  readonly problems: string[];
  constructor(problems: string[]);
}

export declare function readSettings(
  env: Record<string, string | undefined>,
  defaults?: { appVersion?: string },
): { ok: true; settings: PackageSettings } | { ok: false; problems: string[] };

export declare function placeholderValues(settings: PackageSettings): Record<string, string>;

export declare function fillPlaceholders<T>(value: T, vars: Record<string, string>, unresolved?: Set<string>): T;

export declare function buildManifest(
  settings: PackageSettings,
  manifestDir?: string,
): { manifest: JsonObject; localizations: Localization[] };

export declare function validateManifest(manifest: JsonObject): Promise<string[]>;

export declare function validateLocalization(content: JsonObject, manifestVersion: string): Promise<string[]>;

export declare function unknownLocalizationKeys(manifest: JsonObject, content: JsonObject): string[];

export declare function iconProblems(manifest: JsonObject, manifestDir?: string): string[];

export declare function isWhiteOnTransparent(png: PNG): boolean;

export declare function buildAppPackage(
  settings: PackageSettings,
  manifestDir?: string,
): Promise<{ zip: Buffer; manifest: JsonObject; files: string[] }>;
