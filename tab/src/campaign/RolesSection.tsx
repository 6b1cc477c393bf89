import {
  Button,
  Combobox,
  Field,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Text,
  Title2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RosterDto, RosterMemberDto, StaffDto, StaffMemberDto } from "../../../bot/src/contracts/campaignProgress";
import { pathOf } from "../../../bot/src/contracts/endpoint";
import type { StaffRole } from "../../../bot/src/domain/campaign";
import { ApiError } from "../api/ApiError";
import { useApi } from "../api/ApiProvider";
import { errorText } from "../components/errorText";
import { NoticeBar, type Notice } from "../components/NoticeBar";
import { useLocale, useT } from "../i18n/I18nProvider";

const ROLES: readonly StaffRole[] = ["coordinator", "manager", "reader"];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  staff: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  member: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    overflowWrap: "anywhere",
  },
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, maxWidth: "480px" },
  // Fluent's combobox and radio row keep a desktop width: let them shrink and wrap on a 320 px phone.
  combobox: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  comboInput: { minWidth: 0, width: "100%" },
  radios: { flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground2 },
  wrap: { whiteSpace: "normal", height: "auto", minHeight: "32px", textAlign: "start", maxWidth: "100%" },
});

/** The picker's search and « read the team again » are query parameters of the roster route. */
function rosterPath(campaignId: string, query: string, refresh: boolean): string {
  const path = pathOf("GET /api/campaigns/:campaignId/roster", { campaignId });
  return `${path}?${refresh ? "refresh=1&" : ""}q=${encodeURIComponent(query.trim())}`;
}

export interface RolesSectionProps {
  readonly campaignId: string;
  readonly staff: readonly StaffMemberDto[];
  readonly onChanged: (staff: readonly StaffMemberDto[]) => void;
}

/**
 * Who coordinates, manages and reads the campaign, and a people picker fed by the team's roster
 * (as the bot last read it from Teams, with a button to read it again).
 */
export function RolesSection({ campaignId, staff, onChanged }: RolesSectionProps) {
  const api = useApi();
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const [roster, setRoster] = useState<RosterDto>();
  const [chosen, setChosen] = useState<RosterMemberDto>();
  const [role, setRole] = useState<StaffRole>("manager");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();

  useEffect(() => {
    let live = true;
    // A short pause after typing: one request per name, not one per keystroke.
    const timer = setTimeout(() => {
      api.get<RosterDto>(rosterPath(campaignId, query, false)).then(
        (r) => live && setRoster(r),
        () => undefined,
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, campaignId, query]);

  const fail = (error: unknown) =>
    setNotice({
      intent: "error",
      text: errorText(error instanceof ApiError ? error : new ApiError("server", "unexpected", undefined), t),
    });

  const change = async (save: () => Promise<StaffDto>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const answer = await save();
      onChanged(answer.staff);
      setNotice({ intent: "success", text: t("people.roles.saved") });
      setChosen(undefined);
      setQuery("");
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const refresh = async () => {
    setBusy(true);
    try {
      setRoster(await api.get<RosterDto>(rosterPath(campaignId, query, true)));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const readAt = roster?.readAt
    ? new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(roster.readAt),
      )
    : undefined;
  const onlyCoordinator = staff.filter((s) => s.role === "coordinator").length === 1;

  return (
    <section className={styles.section} aria-labelledby="roles-title">
      <Title2 as="h2" id="roles-title">
        {t("people.roles.title")}
      </Title2>
      <Text>{t("people.roles.intro")}</Text>
      <NoticeBar notice={notice} testId="roles-notice" />
      <ul className={styles.staff} data-testid="staff">
        {staff.map((s) => (
          <li key={s.id} className={styles.member} data-person={s.id} data-role={s.role}>
            <Text weight="semibold">{s.name}</Text>
            <Text>{t(`campaign.role.${s.role}`)}</Text>
            {!(s.role === "coordinator" && onlyCoordinator) && (
              <Button
                size="small"
                className={styles.wrap}
                disabled={busy}
                onClick={() =>
                  void change(() =>
                    api.call("DELETE /api/campaigns/:campaignId/roles/:personId", { campaignId, personId: s.id }),
                  )
                }
              >
                {t("people.roles.remove", { name: s.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen) {
            const request = { person: chosen.id, name: chosen.name, role };
            void change(() => api.call("POST /api/campaigns/:campaignId/roles", { campaignId }, request));
          }
        }}
        aria-label={t("people.roles.name")}
      >
        <Field label={t("people.roles.search")} hint={t("people.roles.searchHint")}>
          <Combobox
            className={styles.combobox}
            input={{ className: styles.comboInput }}
            freeform
            value={query}
            data-testid="person-picker"
            onChange={(e) => {
              setQuery(e.target.value);
              setChosen(undefined);
            }}
            onOptionSelect={(_e, data) => {
              const member = roster?.members.find((m) => m.id === data.optionValue);
              if (member) {
                setChosen(member);
                setQuery(member.name);
              }
            }}
          >
            {(roster?.members ?? []).map((m) => (
              <Option key={m.id} value={m.id} text={m.name}>
                {m.name}
              </Option>
            ))}
          </Combobox>
        </Field>
        {roster && roster.members.length === 0 && query.trim().length > 1 && (
          <Text className={styles.hint}>{t("people.roles.noMatch")}</Text>
        )}
        {roster?.truncated && <Text className={styles.hint}>{t("people.roles.truncated")}</Text>}
        <Field label={t("people.roles.role")}>
          <RadioGroup
            className={styles.radios}
            value={role}
            onChange={(_e, data) => setRole(data.value as StaffRole)}
            layout="horizontal"
          >
            {ROLES.map((r) => (
              <Radio key={r} value={r} label={t(`campaign.role.${r}`)} />
            ))}
          </RadioGroup>
        </Field>
        <div>
          <Button appearance="primary" type="submit" disabled={busy || !chosen} data-testid="assign-role">
            {t("people.roles.assign")}
          </Button>
        </div>
      </form>
      <Text className={styles.hint}>
        {readAt ? t("people.roles.rosterReadAt", { date: readAt }) : t("people.roles.rosterNever")}
      </Text>
      <div>
        <Button className={styles.wrap} disabled={busy} onClick={() => void refresh()}>
          {t("people.roles.refresh")}
        </Button>
      </div>
    </section>
  );
}
