import type { recruitmentFr } from "./recruitment.fr";

export const recruitmentEn: { readonly [K in keyof typeof recruitmentFr]: string } = {
};
