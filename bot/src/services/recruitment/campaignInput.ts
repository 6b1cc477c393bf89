import { z } from "zod";
import { isIsoDate, isValidInstant } from "../../domain/calendar";

/** A workshop date from a card (YYYY-MM-DD) or the API (a date or a full ISO date-time). */
const plannedDate = z
  .string()
  .trim()
  .refine((v) => v === "" || isIsoDate(v) || (v.length > 10 && isValidInstant(v)), { message: "date" });

/** Comma-separated on cards, a list in JSON. */
const services = z.union([
  z.array(z.string()),
  z.string().transform((s) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  ),
]);

/** Typed head counts: one cell per combination given. */
const makeupCells = z
  .array(z.object({ match: z.record(z.string(), z.string()), count: z.number().int().min(0) }))
  .max(500);
/** Or a CSV export (see domain parseMakeupCsv). */
const makeupCsv = z.string().max(200_000);

export const campaignInputSchema = z.object({
  name: z.string(),
  approach: z.string(),
  services,
  site: z.string().optional(),
  workshop1: plannedDate.optional(),
  workshop2: plannedDate.optional(),
  workshop3: plannedDate.optional(),
  // Input.Number sends a number, or a string in some clients; empty means "default".
  panelSize: z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .transform((s) => (s === "" ? undefined : Number(s))),
    ])
    .optional(),
  retentionUntil: z.string().optional(),
  locale: z.enum(["fr", "en"]).optional(),
  // The tab sends the make-up with the create, so a bad CSV refuses the whole campaign.
  makeup: makeupCells.optional(),
  makeupCsv: makeupCsv.optional(),
});

export const campaignPatchSchema = z.object({
  workshop1: plannedDate.optional(),
  workshop2: plannedDate.optional(),
  workshop3: plannedDate.optional(),
  meetingUrl1: z.url().optional(),
  meetingUrl2: z.url().optional(),
  meetingUrl3: z.url().optional(),
  makeup: makeupCells.optional(),
  makeupCsv: makeupCsv.optional(),
});

/** A date-only value is planned at 09:00 Paris time in winter (10:00 in summer): the same local day either way. */
export function toPlannedAt(value: string): string {
  return isIsoDate(value) ? `${value}T08:00:00.000Z` : new Date(value).toISOString();
}

/** Names the first field zod refused, for the localised "bad form" message. */
export function firstBadField(error: z.ZodError): string {
  return error.issues[0]?.path.join(".") || "?";
}
