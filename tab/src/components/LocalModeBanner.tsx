import { makeStyles, tokens } from "@fluentui/react-components";
import type { MeDto } from "../../../bot/src/contracts/coreApi";
import { useT } from "../i18n/I18nProvider";
import { NativeSelect } from "./NativeSelect";

/** Read by the server in local mode only (bot/src/transport/http/identity.ts); Teams ignores it. */
const IDENTITY_COOKIE = "ve-local-user";

const useStyles = makeStyles({
  // Fluent's warning message bar, drawn with its colours: its component and motion would add to every
  // page's load for a banner that never shows inside Teams.
  banner: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  icon: { color: tokens.colorPaletteDarkOrangeForeground3, fontSize: "16px", lineHeight: "16px" },
  // Grows to a comfortable width on a desktop, and never past the banner on a 320 px phone.
  field: { flex: "1 1 220px", maxWidth: "360px" },
});

/**
 * Shown whenever the tab runs outside Teams, so nobody mistakes the local identity for their own,
 * with a switch to act as the coordinator, a manager, an agent or a reader on this machine.
 */
export function LocalModeBanner({ me }: { me?: MeDto }) {
  const t = useT();
  const styles = useStyles();
  const personas = me?.personas ?? [];
  const options = personas.some((p) => p.id === me?.user.id) || !me ? personas : [...personas, me.user];
  return (
    <div role="note" className={styles.banner} data-testid="local-mode-banner">
      <span aria-hidden="true" className={styles.icon}>
        ⚠
      </span>
      <span>{t("localMode.body")}</span>
      {me && options.length > 0 && (
        <NativeSelect
          label={t("identity.label")}
          hint={t("identity.hint")}
          className={styles.field}
          value={me.user.id}
          data-testid="identity-switch"
          onChange={(e) => {
            document.cookie = `${IDENTITY_COOKIE}=${encodeURIComponent(e.target.value)}; path=/; SameSite=Strict`;
            window.location.reload();
          }}
        >
          {options.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      )}
    </div>
  );
}
