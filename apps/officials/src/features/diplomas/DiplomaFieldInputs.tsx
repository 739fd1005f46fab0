"use client";

import { useId } from "react";
import { certificateMessage, certificateWords } from "@ishonch/i18n";
import {
  degreeLevels,
  diplomaFieldNames,
  type DiplomaFieldError,
  type DiplomaFieldName,
  type RawDiplomaFields,
} from "@ishonch/sdk";
import { InputField, SelectField } from "../../shared/ui/fields";
import { useLocale } from "../../shared/ui/locale";

/** Every field empty: a blank form. */
export function emptyDiplomaFields(): RawDiplomaFields {
  return Object.fromEntries(diplomaFieldNames.map((name) => [name, ""])) as RawDiplomaFields;
}

const dateFields: readonly DiplomaFieldName[] = ["dateOfBirth", "graduationDate"];

/**
 * The fields of a diploma document, each with its problem next to it in the page's language
 * (the same words as the class CSV's row problems: one validator, `checkDiplomaFields`).
 */
export function DiplomaFieldInputs({
  values,
  errors,
  onChange,
}: {
  values: RawDiplomaFields;
  errors: readonly DiplomaFieldError[];
  onChange: (name: DiplomaFieldName, value: string) => void;
}) {
  const locale = useLocale();
  const id = useId();
  return diplomaFieldNames.map((name) => {
    const error = errors.find((candidate) => candidate.field === name);
    const field = {
      id: `${id}-${name}`,
      name,
      label: certificateWords.field[name][locale],
      value: values[name],
      "data-testid": `diploma-field-${name}`,
      error: error && certificateMessage(locale, error.code, error.args),
      errorTestId: `diploma-field-error-${name}`,
    };
    return name === "degreeLevel" ? (
      <SelectField key={name} {...field} onChange={(event) => onChange(name, event.target.value)}>
        <option value="" />
        {degreeLevels.map((level) => (
          <option key={level} value={level}>
            {certificateWords.degree[level][locale]}
          </option>
        ))}
      </SelectField>
    ) : (
      <InputField
        key={name}
        {...field}
        placeholder={dateFields.includes(name) ? "DD.MM.YYYY" : undefined}
        onChange={(event) => onChange(name, event.target.value)}
      />
    );
  });
}
