import type { workshopFr } from "./workshop.fr";

export const workshopEn: { readonly [K in keyof typeof workshopFr]: string } = {
};
