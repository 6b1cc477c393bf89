import { Button, Field, Input, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useT } from "../i18n/I18nProvider";
import type { Poster, PosterQuality } from "../../../bot/src/domain/poster";
import { COMMIT_PARTIES, type CommitParty } from "../../../bot/src/domain/workshopTemplate";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, maxWidth: "760px" },
  row: { display: "flex", columnGap: tokens.spacingHorizontalM },
});

export interface PosterContent {
  readonly qualities: readonly { id?: string; text: string }[];
  readonly commitments: readonly { id?: string; party: CommitParty; text: string }[];
}

export interface PosterParticipants {
  readonly teams: readonly { aadObjectId: string }[];
  readonly usagers: readonly Record<string, never>[];
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

// Unchanged wording keeps its id, so the committee and the roadmap keep referring to the same commitment.
function withKnownIds(texts: readonly string[], known: readonly PosterQuality[]): { id?: string; text: string }[] {
  const free = [...known];
  return texts.map((text) => {
    const i = free.findIndex((k) => k.text === text);
    if (i < 0) return { text };
    const [match] = free.splice(i, 1);
    return { id: match!.id, text };
  });
}

/**
 * Wording and order, one line per item: the simplest editor that works with a keyboard and a
 * screen reader; moving a line moves the item on the poster.
 */
export function PosterEditor({
  poster,
  onSubmit,
  busy,
  submitLabel,
}: {
  poster?: Poster;
  onSubmit: (content: PosterContent, participants: PosterParticipants) => void;
  busy: boolean;
  submitLabel: string;
}) {
  const styles = useStyles();
  const t = useT();
  const [qualities, setQualities] = useState((poster?.qualities ?? []).map((q) => q.text).join("\n"));
  const [groups, setGroups] = useState<Record<CommitParty, string>>({
    agents: (poster?.commitments.agents ?? []).map((c) => c.text).join("\n"),
    usagers: (poster?.commitments.usagers ?? []).map((c) => c.text).join("\n"),
    both: (poster?.commitments.both ?? []).map((c) => c.text).join("\n"),
  });
  const [teams, setTeams] = useState("");
  const [usagers, setUsagers] = useState("0");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(
      {
        qualities: withKnownIds(lines(qualities), poster?.qualities ?? []),
        commitments: COMMIT_PARTIES.flatMap((party) =>
          withKnownIds(lines(groups[party]), poster?.commitments[party] ?? []).map((c) => ({ ...c, party })),
        ),
      },
      {
        teams: lines(teams).map((aadObjectId) => ({ aadObjectId })),
        usagers: Array.from({ length: Math.max(0, Math.min(200, Number.parseInt(usagers, 10) || 0)) }, () => ({})),
      },
    );
  };
  return (
    <form className={styles.form} onSubmit={submit} data-testid="poster-editor">
      <Field label={t("poster.editor.qualities")} hint={t("poster.editor.oneper")}>
        <Textarea
          value={qualities}
          onChange={(_, d) => setQualities(d.value)}
          resize="vertical"
          rows={4}
          data-testid="editor-qualities"
        />
      </Field>
      {COMMIT_PARTIES.map((party) => (
        <Field key={party} label={t(`poster.editor.party.${party}`)} hint={t("poster.editor.actionOnly")}>
          <Textarea
            value={groups[party]}
            onChange={(_, d) => setGroups((g) => ({ ...g, [party]: d.value }))}
            resize="vertical"
            rows={3}
            data-testid={`editor-${party}`}
          />
        </Field>
      ))}
      {!poster && (
        <>
          <Field label={t("poster.editor.teams")} hint={t("poster.editor.teamsHint")}>
            <Textarea
              value={teams}
              onChange={(_, d) => setTeams(d.value)}
              resize="vertical"
              rows={3}
              data-testid="editor-teams"
            />
          </Field>
          <Field label={t("poster.editor.usagers")} hint={t("poster.editor.usagersHint")}>
            <Input
              type="number"
              min={0}
              max={200}
              value={usagers}
              onChange={(_, d) => setUsagers(d.value)}
              data-testid="editor-usager-count"
            />
          </Field>
        </>
      )}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
