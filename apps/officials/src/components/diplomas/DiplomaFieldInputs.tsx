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
import { useWorkspace } from "../workspace/context";
import { fieldAria } from "../workspace/FieldError";

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
  const { locale } = useWorkspace();
  const id = useId();
  return diplomaFieldNames.map((name) => {
    const inputId = `${id}-${name}`;
    const errorId = `${inputId}-error`;
    const error = errors.find((candidate) => candidate.field === name);
    const common = {
      id: inputId,
      name,
      value: values[name],
      "data-testid": `diploma-field-${name}`,
      ...fieldAria(errorId, error),
    } as const;
    return (
      <div className="field" key={name}>
        <label htmlFor={inputId}>{certificateWords.field[name][locale]}</label>
        {name === "degreeLevel" ? (
          <select {...common} onChange={(event) => onChange(name, event.target.value)}>
            <option value="" />
            {degreeLevels.map((level) => (
              <option key={level} value={level}>
                {certificateWords.degree[level][locale]}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...common}
            placeholder={dateFields.includes(name) ? "DD.MM.YYYY" : undefined}
            onChange={(event) => onChange(name, event.target.value)}
          />
        )}
        {error && (
          <p className="field-error" id={errorId} data-testid={`diploma-field-error-${name}`}>
            {certificateMessage(locale, error.code, error.args)}
          </p>
        )}
      </div>
    );
  });
}
