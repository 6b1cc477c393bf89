import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import type { PanelGap } from "../../../bot/src/domain/panelBalance";

/** A person's bands as one readable line: « 30 à 44 ans, femme, catégorie C ». */
export function useProfileText(): (profile: Readonly<Record<string, string>>) => string {
  const t = useT();
  return (profile) =>
    Object.entries(profile)
      .map(([d, v]) => t(`recruitment.value.${d}.${v}` as MessageKey))
      .join(", ");
}

/** What a proposal could not fill, in words (« aucun volontaire de catégorie C de moins de 30 ans »). */
export function useGapText(): (gap: PanelGap) => string {
  const t = useT();
  const value = (dimension: string, v: string) => t(`recruitment.value.${dimension}.${v}` as MessageKey);
  const dimensionName = (d: string) => t(`recruitment.dimension.${d}` as MessageKey);
  return (gap) => {
    if (gap.kind === "size")
      return t("recruitment.gap.size", { missing: String(gap.missing), requested: String(gap.requested) });
    if (gap.kind === "quota")
      return t("recruitment.gap.quota", {
        dimension: dimensionName(gap.dimension),
        value: value(gap.dimension, gap.value),
        selected: String(gap.selected),
        quota: String(gap.quota),
      });
    return t("recruitment.gap.combination", {
      values: Object.entries(gap.values)
        .map(([d, v]) => `${dimensionName(d)} ${value(d, v)}`)
        .join(", "),
    });
  };
}
