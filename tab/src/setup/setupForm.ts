import type {
  CampaignForEditDto,
  CampaignPatchBody,
  CreateCampaignBody,
  MakeupCellDto,
} from "../../../bot/src/contracts/recruitmentDtos";
import type { Approach, WorkshopNumber } from "../../../bot/src/domain/campaign";
import { DEFAULT_PANEL_SIZE } from "../../../bot/src/domain/createCampaign";
import { cellsFromRows, emptyRow, rowsFromCells, type MakeupRow } from "./makeupRows";

export type MakeupMode = "none" | "typed" | "csv";

/** Everything the coordinator typed, kept as typed whatever the server answers. */
export interface SetupValues {
  readonly name: string;
  readonly approach: Approach;
  readonly services: string;
  readonly site: string;
  readonly workshop1: string;
  readonly workshop2: string;
  readonly workshop3: string;
  readonly meetingUrl1: string;
  readonly meetingUrl2: string;
  readonly meetingUrl3: string;
  readonly panelSize: string;
  readonly makeupMode: MakeupMode;
  readonly rows: readonly MakeupRow[];
  readonly csvName: string;
  readonly csvText: string;
}

export type FieldName =
  | "name"
  | "approach"
  | "services"
  | "site"
  | "panelSize"
  | "workshop1"
  | "workshop2"
  | "workshop3"
  | "meetingUrl1"
  | "meetingUrl2"
  | "meetingUrl3"
  | "makeup";

export const WORKSHOPS: readonly WorkshopNumber[] = [1, 2, 3];

export function blankValues(): SetupValues {
  return {
    name: "",
    approach: "thematic",
    services: "",
    site: "",
    workshop1: "",
    workshop2: "",
    workshop3: "",
    meetingUrl1: "",
    meetingUrl2: "",
    meetingUrl3: "",
    panelSize: String(DEFAULT_PANEL_SIZE),
    makeupMode: "none",
    rows: [emptyRow(1)],
    csvName: "",
    csvText: "",
  };
}

/** The form's date is the planned day (the server plans date-only values at 09:00 Paris time). */
function dayOf(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : "";
}

export function valuesFromCampaign(view: CampaignForEditDto): SetupValues {
  const { campaign } = view;
  const w = campaign.workshops;
  const cells: readonly MakeupCellDto[] = view.makeup ?? [];
  return {
    ...blankValues(),
    name: campaign.name,
    approach: campaign.approach,
    services: campaign.services.join(", "),
    site: campaign.site ?? "",
    panelSize: String(campaign.panelSize),
    workshop1: dayOf(w[1].plannedAt),
    workshop2: dayOf(w[2].plannedAt),
    workshop3: dayOf(w[3].plannedAt),
    meetingUrl1: w[1].meetingUrl ?? "",
    meetingUrl2: w[2].meetingUrl ?? "",
    meetingUrl3: w[3].meetingUrl ?? "",
    rows: cells.length > 0 ? rowsFromCells(cells) : [emptyRow(1)],
  };
}

/** A request body ready to send, or the field the form refuses before asking the server. */
export type Built<B> =
  | { readonly ok: true; readonly body: B }
  | { readonly ok: false; readonly field: FieldName; readonly badRows?: readonly number[]; readonly empty?: boolean };

type MakeupPart = Pick<CampaignPatchBody, "makeup" | "makeupCsv">;

function makeupPart(v: SetupValues): Built<MakeupPart> {
  if (v.makeupMode === "csv")
    return v.csvText === ""
      ? { ok: false, field: "makeup", empty: true }
      : { ok: true, body: { makeupCsv: v.csvText } };
  if (v.makeupMode === "typed") {
    const checked = cellsFromRows(v.rows);
    return checked.ok
      ? { ok: true, body: { makeup: checked.cells } }
      : { ok: false, field: "makeup", badRows: checked.badRows, empty: checked.empty };
  }
  return { ok: true, body: {} };
}

function dates(v: SetupValues, before?: SetupValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of WORKSHOPS) {
    const key = `workshop${n}` as const;
    if (v[key] !== "" && v[key] !== before?.[key]) out[key] = v[key];
  }
  return out;
}

export function createBody(id: string, v: SetupValues, locale: "fr" | "en"): Built<CreateCampaignBody> {
  const makeup = makeupPart(v);
  if (!makeup.ok) return makeup;
  const services = v.services
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const size = v.panelSize.trim();
  return {
    ok: true,
    body: {
      id,
      name: v.name,
      approach: v.approach,
      services,
      ...(v.approach === "territorial" ? { site: v.site } : {}),
      ...dates(v),
      // The input is a number field: what it holds is a number, or nothing ("" keeps the default).
      ...(size === "" ? {} : { panelSize: Number(size) }),
      locale,
      ...makeup.body,
    },
  };
}

/** Sends only what changed: rescheduling an unchanged workshop would be noise in its history. */
export function patchBody(v: SetupValues, before: SetupValues): Built<CampaignPatchBody> {
  const makeup = makeupPart(v);
  if (!makeup.ok) return makeup;
  const urls: Record<string, string> = {};
  for (const n of WORKSHOPS) {
    const key = `meetingUrl${n}` as const;
    const url = v[key].trim();
    if (url === "" || url === before[key]) continue;
    if (!/^https:\/\/\S+$/.test(url)) return { ok: false, field: key };
    urls[key] = url;
  }
  return { ok: true, body: { ...dates(v, before), ...urls, ...makeup.body } };
}

/** Which field a server error code is about, so its message sits under that field. */
export function fieldOfCode(code: string): FieldName | undefined {
  if (code.startsWith("makeup.")) return "makeup";
  if (code === "campaign.nameLength") return "name";
  if (code === "campaign.approachInvalid") return "approach";
  if (code === "campaign.siteRequired") return "site";
  if (code === "campaign.panelSizeOutOfRange") return "panelSize";
  if (code.startsWith("campaign.service") || code === "campaign.thematicNeedsOneService") return "services";
  if (code.startsWith("schedule.")) return "workshop1";
  return undefined;
}
