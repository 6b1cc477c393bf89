import { Button, Field, Input, makeStyles, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import { DIMENSION_VALUES, emptyRow, TYPED_DIMENSIONS, type MakeupRow } from "./makeupRows";
import type { MakeupMode, SetupValues } from "./setupForm";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    "& th, & td": { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, textAlign: "start" },
  },
  count: { width: "7em" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  format: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre" },
});

interface Props {
  readonly values: SetupValues;
  readonly onChange: (change: Partial<SetupValues>) => void;
  readonly keepLabel: MessageKey;
  /** The message about the make-up (server's, naming the bad line, or the form's own). */
  readonly error?: string;
  readonly badRows?: readonly number[];
}

function TypedTable({
  rows,
  onRows,
  badRows,
  errorId,
}: {
  rows: readonly MakeupRow[];
  onRows: (rows: MakeupRow[]) => void;
  badRows: readonly number[];
  errorId?: string;
}) {
  const t = useT();
  const styles = useStyles();
  const update = (key: number, change: Partial<MakeupRow>) =>
    onRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const nextKey = rows.reduce((max, r) => Math.max(max, r.key), 0) + 1;
  return (
    <>
      <table className={styles.table} aria-describedby={errorId}>
        <caption>{t("setup.makeup.typed.caption")}</caption>
        <thead>
          <tr>
            {TYPED_DIMENSIONS.map((d) => (
              <th key={d} scope="col">
                {t(`recruitment.dimension.${d}` as MessageKey)}
              </th>
            ))}
            <th scope="col">{t("setup.makeup.count")}</th>
            <th scope="col">
              <span className={styles.hidden}>{t("setup.makeup.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const n = String(i + 1);
            return (
              <tr key={row.key} data-testid="makeup-row">
                {TYPED_DIMENSIONS.map((d) => (
                  <td key={d}>
                    <Select
                      aria-label={t("setup.makeup.cellLabel", {
                        dimension: t(`recruitment.dimension.${d}` as MessageKey),
                        row: n,
                      })}
                      value={row[d]}
                      onChange={(_e, data) => update(row.key, { [d]: data.value })}
                    >
                      <option value="">{t("setup.makeup.any")}</option>
                      {DIMENSION_VALUES[d].map((v) => (
                        <option key={v} value={v}>
                          {t(`recruitment.value.${d}.${v}` as MessageKey)}
                        </option>
                      ))}
                    </Select>
                  </td>
                ))}
                <td>
                  <Input
                    className={styles.count}
                    type="number"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    aria-label={t("setup.makeup.countLabel", { row: n })}
                    aria-invalid={badRows.includes(i + 1) || undefined}
                    aria-describedby={badRows.includes(i + 1) ? errorId : undefined}
                    value={row.count}
                    onChange={(_e, data) => update(row.key, { count: data.value })}
                  />
                </td>
                <td>
                  <Button
                    appearance="subtle"
                    aria-label={t("setup.makeup.removeLabel", { row: n })}
                    disabled={rows.length === 1}
                    onClick={() => onRows(rows.filter((r) => r.key !== row.key))}
                  >
                    {t("setup.makeup.remove")}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div>
        <Button onClick={() => onRows([...rows, emptyRow(nextKey)])}>{t("setup.makeup.addRow")}</Button>
      </div>
    </>
  );
}

/** The service's make-up: later, typed as head counts per group, or imported from an HR CSV export. */
export function MakeupEditor({ values, onChange, keepLabel, error, badRows = [] }: Props) {
  const t = useT();
  const styles = useStyles();
  const errorId = useId();
  const [reading, setReading] = useState(false);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setReading(true);
    try {
      // Read in the browser and sent as text: the server parses it and names any bad line.
      onChange({ csvName: file.name, csvText: await file.text() });
    } finally {
      setReading(false);
    }
  };

  return (
    <fieldset>
      <legend>{t("setup.makeup.legend")}</legend>
      <Text as="p">{t("setup.makeup.intro")}</Text>
      <RadioGroup
        aria-label={t("setup.makeup.modeLabel")}
        value={values.makeupMode}
        onChange={(_e, data) => onChange({ makeupMode: data.value as MakeupMode })}
      >
        <Radio value="none" label={t(keepLabel)} />
        <Radio value="typed" label={t("setup.makeup.mode.typed")} />
        <Radio value="csv" label={t("setup.makeup.mode.csv")} />
      </RadioGroup>
      {values.makeupMode === "typed" && (
        <TypedTable
          rows={values.rows}
          onRows={(rows) => onChange({ rows })}
          badRows={badRows}
          {...(error ? { errorId } : {})}
        />
      )}
      {values.makeupMode === "typed" && error && (
        <Text as="p" id={errorId} role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {error}
        </Text>
      )}
      {values.makeupMode === "csv" && (
        <Field
          label={t("setup.makeup.csvLabel")}
          hint={
            values.csvName
              ? t("setup.makeup.csvRead", {
                  name: values.csvName,
                  lines: String(values.csvText.split(/\r\n|\n|\r/).filter((l) => l.trim() !== "").length),
                })
              : t("setup.makeup.csvHint")
          }
          validationState={error ? "error" : "none"}
          {...(error ? { validationMessage: error } : {})}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".csv,text/csv,text/plain"
              disabled={reading}
              onChange={(e) => void onFile(e)}
              data-testid="makeup-csv"
            />
          )}
        </Field>
      )}
      {values.makeupMode === "csv" && (
        <details>
          <summary>{t("setup.makeup.formatTitle")}</summary>
          <Text as="p">{t("setup.makeup.formatBody")}</Text>
          <code className={styles.format}>{"age_band;sex;category;count\n30-44;F;C;12\n55+;H;A;3"}</code>
        </details>
      )}
    </fieldset>
  );
}
