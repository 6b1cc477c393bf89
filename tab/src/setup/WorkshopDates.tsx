import { Field, Input, Text } from "@fluentui/react-components";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/I18nProvider";
import { WORKSHOPS, type FieldName, type SetupValues } from "./setupForm";
import { SPACING_MAX_DAYS, SPACING_MIN_DAYS } from "../../../bot/src/domain/spacing";
import { spacingHint } from "./spacingHint";

interface Props {
  readonly values: SetupValues;
  readonly onChange: (change: Partial<SetupValues>) => void;
  readonly errors: Partial<Record<FieldName, string>>;
  readonly withMeetingLinks: boolean;
}

/** The three workshop dates, with the spacing rule checked as soon as dates 1 and 2 are both set. */
export function WorkshopDates({ values, onChange, errors, withMeetingLinks }: Props) {
  const t = useT();
  const hint = spacingHint(values.workshop1, values.workshop2);
  const rule = { minDays: String(SPACING_MIN_DAYS), maxDays: String(SPACING_MAX_DAYS) };
  return (
    <fieldset>
      <legend>{t("setup.dates.legend")}</legend>
      <Text as="p" id="spacing-rule">
        {t("setup.dates.rule", rule)}
      </Text>
      {WORKSHOPS.map((n) => {
        const date = `workshop${n}` as const;
        const url = `meetingUrl${n}` as const;
        const warning =
          n === 2 && hint && !errors[date]
            ? t(`setup.${hint.code}` as MessageKey, { days: String(Math.abs(hint.params.days)), ...rule })
            : undefined;
        const message = errors[date] ?? warning;
        return (
          <div key={n}>
            <Field
              label={t(`setup.dates.workshop${n}` as MessageKey)}
              validationState={errors[date] ? "error" : warning ? "warning" : "none"}
              {...(message ? { validationMessage: message } : {})}
            >
              <Input
                type="date"
                value={values[date]}
                onChange={(_e, data) => onChange({ [date]: data.value })}
                data-testid={`workshop${n}`}
              />
            </Field>
            {withMeetingLinks && (
              <Field
                label={t(`setup.meeting.link${n}` as MessageKey)}
                hint={t("setup.meeting.hint")}
                validationState={errors[url] ? "error" : "none"}
                {...(errors[url] ? { validationMessage: errors[url] } : {})}
              >
                <Input type="url" value={values[url]} onChange={(_e, data) => onChange({ [url]: data.value })} />
              </Field>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
