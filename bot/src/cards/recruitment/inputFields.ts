import { z } from "zod";

/** The campaign a button acts on, carried in its action's data. */
export const campaignIdField = z.string().min(1).max(100);

/** A text input Teams sent; an empty one means "not given". */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));
