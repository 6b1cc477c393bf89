import type { usagersFr } from "./usagers.fr";

export const usagersEn: { readonly [K in keyof typeof usagersFr]: string } = {
};
