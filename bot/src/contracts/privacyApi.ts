import type { Endpoint } from "./endpoint";

/**
 * Everything stored about one person in one campaign, by kind (volunteer, panels, usager, staff,
 * history, attendance, messages, poster, roadmap updates): an open record, since the export is
 * handed over as it is, not read field by field.
 */
export type PersonExportDto = { readonly campaignId: string; readonly personId: string } & Readonly<
  Record<string, unknown>
>;

/**
 * The receipt of an erasure: what this call removed, per kind (a repeated call after a failure
 * counts only what was left). Booleans and `usagerPanel` keep the shape earlier answers had.
 */
export interface ErasureSummaryDto {
  readonly volunteer: boolean;
  readonly agentPanel: boolean;
  readonly mixedPanel: boolean;
  /** Only present when the person had a seat on the confirmed usager panel (older answers keep their shape). */
  readonly usagerPanel?: true;
  readonly nominations: number;
  readonly usager: boolean;
  /** Workshop attendance rows deleted. */
  readonly attendance: number;
  /** Outbox recipient records deleted (one per message queued to them). */
  readonly outbox: number;
  /** 1 when a staff role was taken off them, else 0. */
  readonly staffRole: number;
  /** 1 when the campaign's name for them was removed, else 0. */
  readonly staffName: number;
  /** History entries whose id of theirs now reads "erased". */
  readonly history: number;
  /** Poster seats, answers and closures removed or anonymised. */
  readonly poster: number;
  /** Roadmap progress updates whose author now reads "erased". */
  readonly roadmap: number;
}

/** Right of access and right to erasure (RGPD art. 15 and 17), for the campaign's coordinators. */
export interface PrivacyApi {
  "GET /api/campaigns/:campaignId/people/:personId": Endpoint<
    undefined,
    { readonly person: PersonExportDto; readonly exportedAt: string }
  >;
  "DELETE /api/campaigns/:campaignId/people/:personId": Endpoint<
    undefined,
    { readonly erased: ErasureSummaryDto; readonly erasedAt: string }
  >;
}
