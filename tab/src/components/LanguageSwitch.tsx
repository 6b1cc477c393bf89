import { Button, makeStyles, tokens } from "@fluentui/react-components";
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
        // A Button saying it is pressed, as ToggleButton does: ToggleButton's own styles are 4 KB gzip
        // in the script every page waits for, for a look the appearance already gives.
        <Button
          key={choice}
          size="small"
          lang={choice}
          aria-pressed={locale === choice}
          appearance={locale === choice ? "primary" : "secondary"}
          onClick={() => onChange(choice)}
        >
          {t(`language.${choice}`)}
        </Button>
      ))}
    </div>
  );
}
