import { z } from "zod";
import { STAFF_ROLES } from "../../domain/campaign";
import { campaignRefData } from "./campaignStepsInputs";

/** Ids of the roles card's inputs: Teams sends each input's value under its id. */
export const ROLE_INPUTS = { person: "rolePerson", role: "roleChoice" } as const;

const personId = z.string().min(1).max(200);

/** « Nommer »: the campaign from the button, the person and the role from the card's two inputs. */
export const assignRoleData = campaignRefData.extend({
  [ROLE_INPUTS.person]: personId,
  [ROLE_INPUTS.role]: z.enum(STAFF_ROLES),
});
export type AssignRoleData = z.infer<typeof assignRoleData>;

/** « Retirer <name> »: the person is in the button's data. */
export const removeRoleData = campaignRefData.extend({ person: personId });
export type RemoveRoleData = z.infer<typeof removeRoleData>;
