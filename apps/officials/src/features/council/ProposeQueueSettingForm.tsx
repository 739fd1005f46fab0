"use client";

import { useState } from "react";
import { format, type Locale } from "@ishonch/i18n";
import { GENERAL_TIER, type QueueSettings } from "@ishonch/sdk";
import { InputField, SelectField, useProblemText } from "../../shared/ui/fields";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useWriteForm, WriteForm } from "../../shared/wallet/WriteForm";
import { proposeToCouncil } from "./propose";
import {
  parseQueueSetting,
  queueSettingKinds,
  type QueueSettingField,
  type QueueSettingKind,
  type QueueSettingProblem,
} from "./queue-setting";
import { periodWords, queueSettingWords, type CouncilText } from "./setting-text";
import { councilWords } from "./words";

type Problems = Record<QueueSettingField, QueueSettingProblem>;

/** The tiers a category may have: GENERAL_TIER is for children without priority. */
const categoryTiers = Array.from({ length: GENERAL_TIER }, (_, tier) => tier);

/**
 * A council member proposes a setting of the kindergarten queue (the time to answer an
 * offer, a priority category, an age group), next to the values the chain holds now.
 */
export function ProposeQueueSettingForm({ current }: { current: QueueSettings }) {
  const locale = useLocale();
  const m = useWords(councilWords);
  const [kind, setKind] = useState<QueueSettingKind>("offerPeriod");
  const problemText = useProblemText();
  // The queue's refusal, or the range of a whole number.
  const form = useWriteForm<Problems>((problem) =>
    problem?.kind === "wholeNumber" ? format(m.wholeNumber, problem) : problemText(problem),
  );

  async function submit(data: FormData) {
    const text = (name: string) => String(data.get(name) ?? "");
    const parsed = parseQueueSetting({
      kind,
      days: text("days"),
      id: text("id"),
      tier: text("tier"),
      minMonths: text("minMonths"),
      maxMonths: text("maxMonths"),
      active: data.get("active") === "on",
    });
    const setting = form.accept(parsed.ok ? { ok: true, value: parsed } : parsed);
    if (!setting) return;
    await form.write.run((contracts) =>
      proposeToCouncil(
        contracts,
        setting.build(contracts.deployment.contracts.KindergartenQueue),
        setting.description,
      ),
    );
  }

  const field = (name: QueueSettingField, label: string, range: { min: number; max: number }) => (
    <InputField
      key={`${kind}-${name}`}
      {...form.field(name)}
      type="number"
      inputMode="numeric"
      step={name === "days" ? "any" : 1}
      {...range}
      label={label}
    />
  );

  return (
    <WriteForm
      testId="queue-setting"
      heading={m.settingsHeading}
      intro={
        <>
          <p className="hint">{m.settingsHint}</p>
          <CurrentSettings locale={locale} m={m} current={current} />
        </>
      }
      form={form}
      onSubmit={submit}
      submit={m.settingsSubmit}
    >
      <SelectField
        id={form.idOf("kind")}
        label={m.settingsKind}
        value={kind}
        onChange={(event) => {
          setKind(event.target.value as QueueSettingKind);
          form.clear();
        }}
      >
        {queueSettingKinds.map((choice) => (
          <option key={choice} value={choice}>
            {m.settingsKinds[choice]}
          </option>
        ))}
      </SelectField>
      {kind === "offerPeriod" ? field("days", m.offerPeriodDays, { min: 0, max: 90 }) : null}
      {kind === "priorityCategory" ? (
        <>
          {field("id", m.categoryId, { min: 1, max: 255 })}
          <SelectField
            {...form.field("tier")}
            label={m.tier}
            defaultValue={String(GENERAL_TIER - 1)}
          >
            {categoryTiers.map((tier) => (
              <option key={tier} value={tier}>
                {tier}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      {kind === "ageGroup" ? (
        <>
          {field("id", m.groupId, { min: 0, max: 255 })}
          {field("minMonths", m.minMonths, { min: 0, max: 255 })}
          {field("maxMonths", m.maxMonths, { min: 0, max: 255 })}
        </>
      ) : null}
      {kind === "offerPeriod" ? null : (
        <div className="field">
          <label>
            <input type="checkbox" name="active" defaultChecked /> {m.settingActive}
          </label>
        </div>
      )}
    </WriteForm>
  );
}

/** The values the chain holds now, read when the page was rendered. */
function CurrentSettings(props: { locale: Locale; m: CouncilText; current: QueueSettings }) {
  const { locale, m, current } = props;
  return (
    <div data-testid="queue-settings-current">
      <h3>{m.currentHeading}</h3>
      <p data-testid="current-offer-period">
        {format(m.currentOfferPeriod, { period: periodWords(locale, current.offerPeriod) })}
      </p>
      <ul>
        {current.priorityCategories.map((category) => (
          <li key={`category-${category.id}`}>
            {queueSettingWords(m, "setPriorityCategory", category)}
          </li>
        ))}
        {current.ageGroups.map((group) => (
          <li key={`group-${group.id}`}>{queueSettingWords(m, "setAgeGroup", group)}</li>
        ))}
      </ul>
    </div>
  );
}
