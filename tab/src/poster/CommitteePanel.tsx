import { commitmentText } from "../../../bot/src/domain/commitmentText";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useLocale, useT } from "../i18n/I18nProvider";
import type { DecisionInput } from "./CommitteeDecisionForm";
import type { CommitteeViewDto } from "../../../bot/src/contracts/posterDtos";
import { lazyPart, PartSlot } from "../components/LazyPart";

export type { DecisionInput };

// Fetched when the coordinator asks to decide: the managers who follow the page never need it.
const CommitteeDecisionForm = lazyPart(() => import("./CommitteeDecisionForm").then((m) => m.CommitteeDecisionForm));

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    maxWidth: "820px",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalM,
  },
  edit: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  saved: { color: tokens.colorPaletteGreenForeground1 },
});

type Commitment = CommitteeViewDto["commitments"][number];

function CommitmentItem({
  commitment: c,
  canDecide,
  onDecide,
}: {
  commitment: Commitment;
  canDecide: boolean;
  onDecide: (d: DecisionInput) => Promise<void>;
}) {
  const styles = useStyles();
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const textId = `commitment-${c.id}`;
  const close = (done: boolean) => {
    setOpen(false);
    setSaved(done);
    button.current?.focus();
  };
  return (
    <li className={styles.item} data-testid={textId}>
      <Text weight="semibold" id={textId}>
        {commitmentText(c.party, c.text, locale)}
      </Text>
      <Text>
        {c.decision
          ? `${t(`roadmap.committee.kind.${c.decision.decision}`)} (${t(`roadmap.committee.level.${c.decision.level}`)})${c.decision.reason ? ` — ${c.decision.reason}` : ""}`
          : t("roadmap.committee.undecided")}
      </Text>
      {canDecide && (
        <>
          <div className={styles.edit}>
            <Button
              ref={button}
              aria-expanded={open}
              {...(open ? { "aria-controls": `decision-form-${c.id}` } : {})}
              aria-describedby={textId}
              onPointerEnter={() => void CommitteeDecisionForm.preload()}
              onFocus={() => void CommitteeDecisionForm.preload()}
              onClick={() => {
                setSaved(false);
                setOpen((o) => !o);
              }}
              data-testid={`open-decision-${c.id}`}
            >
              {c.decision ? t("roadmap.committee.change") : t("roadmap.committee.decide")}
            </Button>
            {/* Always there, so that screen readers hear "Decision recorded." when it fills in. */}
            <Text role="status" className={styles.saved}>
              {saved ? t("roadmap.committee.saved") : ""}
            </Text>
          </div>
          {open && (
            <PartSlot
              loading={t("roadmap.edit.loading")}
              retryLabel={t("roadmap.edit.retry")}
              part={CommitteeDecisionForm}
            >
              <CommitteeDecisionForm
                commitment={c}
                onSave={onDecide}
                onSaved={() => close(true)}
                onCancel={() => close(false)}
              />
            </PartSlot>
          )}
        </>
      )}
    </li>
  );
}

/** The steering committee's decision on each commitment, recorded by the coordinator. */
export function CommitteePanel({
  view,
  onDecide,
}: {
  view: CommitteeViewDto;
  /** Records, then shows the saved decisions and roadmap; rejects with the server's refusal. */
  onDecide: (d: DecisionInput) => Promise<void>;
}) {
  const styles = useStyles();
  const t = useT();
  return (
    <section aria-labelledby="committee-title">
      <h2 id="committee-title">{t("roadmap.committee.title")}</h2>
      <ul className={styles.list}>
        {view.commitments.map((c) => (
          <CommitmentItem key={c.id} commitment={c} canDecide={view.canDecide} onDecide={onDecide} />
        ))}
      </ul>
    </section>
  );
}
