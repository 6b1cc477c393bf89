import { z } from "zod";
import { COMMIT_PARTIES } from "../../domain/workshopTemplate";

import { requestIdField } from "../../cards/workshop/workshopActionData";

/** Bodies of the console's HTTP writes, checked at the edge. */
export const mergeSchema = z.object({
  stepId: z.enum(["ideal", "chaotic", "actions"]),
  keepId: z.string().min(1).max(100),
  // A multi-select ChoiceSet answers "a,b,c".
  mergeIds: z.union([z.string().transform((s) => s.split(",").filter(Boolean)), z.array(z.string().min(1).max(100))]),
});

export const hideSchema = z.object({ stepId: z.enum(["ideal", "chaotic", "actions"]), id: z.string().min(1).max(100) });

export const commitSchema = z.object({
  sourceItemId: z.string().min(1).max(100),
  party: z.string().max(20),
  text: z.string().max(5000),
});

export const proxySchema = z.object({
  stepId: z.enum(["ideal", "chaotic", "actions"]),
  label: z.string().trim().min(1).max(40),
  text: z.string().max(5000).default(""),
  tag: z.string().max(20).optional(),
  requestId: requestIdField,
});
export type ProxyInput = z.infer<typeof proxySchema>;

export const editSchema = z.object({
  stepId: z.enum(["ideal", "chaotic", "actions"]),
  id: z.string().min(1).max(100),
  text: z.string().max(5000).optional(),
  tag: z.enum(COMMIT_PARTIES).optional(),
});
