import type { domainErrorsFr } from "./domainErrors.fr";

export const domainErrorsEn: { readonly [K in keyof typeof domainErrorsFr]: string } = {
};
