import { z } from "zod";

/** Shapes of what cards, the join page and the console send, checked at the edge. */
export const workshopRefSchema = z.object({
  campaignId: z.string().min(1).max(200),
  kind: z.coerce
    .number()
    .int()
    .min(1)
    .max(3)
    .transform((n) => n as 1 | 2 | 3),
});

const requestId = z.string().min(4).max(64);

export const contributeSchema = z.object({
  stepId: z.enum(["ideal", "chaotic", "actions"]),
  text: z.string().max(5000).default(""),
  tag: z.string().max(20).optional(),
  requestId,
});

export const scaleSchema = z.object({
  value: z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+(\.\d+)?$/)
        .transform(Number),
    ])
    .optional(),
  comment: z.string().max(5000).optional(),
});

export const voteSchema = z.object({
  stepId: z.enum(["actionsVote", "qualitiesVote", "prioritiesVote"]),
  itemId: z.string().min(1).max(100),
  requestId,
});

export const commandSchema = z.object({
  revision: z.coerce.number().int().min(0),
  seconds: z.coerce.number().int().optional(),
});

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
  requestId,
});
export type ProxyInput = z.infer<typeof proxySchema>;

export const editSchema = z.object({
  stepId: z.enum(["ideal", "chaotic", "actions"]),
  id: z.string().min(1).max(100),
  text: z.string().max(5000).optional(),
  tag: z.enum(["agents", "usagers", "both"]).optional(),
});
