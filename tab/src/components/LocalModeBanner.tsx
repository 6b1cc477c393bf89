import { makeStyles, tokens } from "@fluentui/react-components";
import type { MeDto } from "../../../bot/src/contracts/coreApi";
import { useT } from "../i18n/I18nProvider";
import { NativeSelect } from "./NativeSelect";
import { Note } from "./Note";

/** Read by the server in local mode only (bot/src/transport/http/identity.ts); Teams ignores it. */
const IDENTITY_COOKIE = "ve-local-user";

const useStyles = makeStyles({
  // Top-aligned, so the sentence stays on the line of the bar's icon beside the taller identity field.
  body: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
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
    <Note intent="warning" role="note" data-testid="local-mode-banner">
      <div className={styles.body}>
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
    </Note>
  );
}
