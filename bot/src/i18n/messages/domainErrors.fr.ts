/** Localised messages for every DomainErrorCode and labels for coded values of the domain. French is the reference. */
export const domainErrorsFr = {
} as const;
