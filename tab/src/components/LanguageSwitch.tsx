import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { Locale } from "../i18n/locale";

const useStyles = makeStyles({
  group: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  label: { marginRight: tokens.spacingHorizontalXS },
});

const choices: readonly Locale[] = ["fr", "en"];

/** Local mode only: inside Teams the language follows the user's Teams settings. */
export function LanguageSwitch({ onChange }: { onChange: (locale: Locale) => void }) {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  return (
    <div role="group" aria-labelledby="language-switch-label" className={styles.group}>
      <span id="language-switch-label" className={styles.label}>
        {t("language.label")}
      </span>
      {choices.map((choice) => (
        <ToggleButton
          key={choice}
          size="small"
          lang={choice}
          checked={locale === choice}
          appearance={locale === choice ? "primary" : "secondary"}
          onClick={() => onChange(choice)}
        >
          {t(`language.${choice}`)}
        </ToggleButton>
      ))}
    </div>
  );
}
