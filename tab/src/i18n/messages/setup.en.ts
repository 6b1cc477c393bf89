import type { setupFr } from "./setup.fr";

export const setupEn: { readonly [K in keyof typeof setupFr]: string } = {
};
