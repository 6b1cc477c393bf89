import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useGapText, useProfileText } from "./panelText";
import type { BalanceReport, PanelGap, PanelMember } from "./recruitmentTypes";
import type { RecruitmentApi } from "./useRecruitmentApi";

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
  members: readonly PanelMember[];
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
  api: RecruitmentApi,
  previewPath: string,
  selected: readonly string[],
  initial: BalanceReport | undefined,
): BalanceReport | undefined {
  const [report, setReport] = useState<BalanceReport | undefined>(initial);
  useEffect(() => {
    let live = true;
    api.json<{ report: BalanceReport }>("POST", previewPath, { selectedIds: selected }).then(
      (answer) => live && setReport(answer.report),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, previewPath, selected]);
  return report;
}
