import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { BalanceReport } from "../../../bot/src/domain/balanceReport";
import type { PanelGap } from "../../../bot/src/domain/panelBalance";
import { useApi } from "../api/ApiProvider";
import { useGapText, useProfileText } from "./panelText";

/** A candidate of a panel: an agent who volunteered or an usager who accepted, with their bands. */
export interface ChecklistMember {
  readonly id: string;
  readonly name: string;
  readonly profile: Readonly<Record<string, string>>;
}

/** The routes that weigh a panel composed by hand: the agents' and the usagers'. */
type PreviewKey =
  "POST /api/campaigns/:campaignId/panel/preview" | "POST /api/campaigns/:campaignId/usagers/panel/preview";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingLeft: 0, display: "grid", gap: tokens.spacingVerticalXS },
});

/** Candidates as checkboxes labelled with their name and bands: the coordinator swaps people in and out. */
export function PanelChecklist({
  members,
  selected,
  onToggle,
  disabled = false,
}: {
  members: readonly ChecklistMember[];
  selected: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const profileText = useProfileText();
  return (
    <ul className={styles.list}>
      {members.map((m) => (
        <li key={m.id}>
          <Checkbox
            checked={selected.includes(m.id)}
            disabled={disabled}
            onChange={(_e, data) => onToggle(m.id, data.checked === true)}
            label={`${m.name} — ${profileText(m.profile)}`}
          />
        </li>
      ))}
    </ul>
  );
}

/** The gaps a proposal names, under a heading of the given level; nothing when there are none. */
export function GapList({ title, gaps, level }: { title: string; gaps: readonly PanelGap[]; level: 3 | 4 }) {
  const gapText = useGapText();
  if (gaps.length === 0) return null;
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      <Heading>{title}</Heading>
      <ul>
        {gaps.map((g, i) => (
          <li key={i}>{gapText(g)}</li>
        ))}
      </ul>
    </>
  );
}

/** The balance of the panel as it stands, asked of the server after every swap (stale answers are dropped). */
export function usePanelPreview(
  key: PreviewKey,
  campaignId: string,
  selected: readonly string[],
  initial: BalanceReport | undefined,
): BalanceReport | undefined {
  const api = useApi();
  const [report, setReport] = useState<BalanceReport | undefined>(initial);
  useEffect(() => {
    const controller = new AbortController();
    api.call(key, { campaignId }, { selectedIds: selected }, controller.signal).then(
      (answer) => setReport(answer.report),
      // A failed preview keeps the last balance shown; confirming reports any real problem.
      () => undefined,
    );
    return () => controller.abort();
  }, [api, key, campaignId, selected]);
  return report;
}
