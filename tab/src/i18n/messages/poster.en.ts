import type { posterFr } from "./poster.fr";

export const posterEn: { readonly [K in keyof typeof posterFr]: string } = {
};
