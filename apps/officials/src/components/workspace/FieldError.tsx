"use client";

import { errorMessage } from "@ishonch/i18n";
import type { FieldProblem } from "../../lib/forms";
import { useWorkspace } from "./context";

/** The words for one field's problem, linked to the field by `id` (aria-describedby). */
export function FieldError({ id, problem }: { id: string; problem: FieldProblem | undefined }) {
  const { locale, messages } = useWorkspace();
  if (!problem) return null;
  return (
    <p className="field-error" id={id}>
      {problem.kind === "app"
        ? messages.validation[problem.key]
        : errorMessage(locale, problem.error)}
    </p>
  );
}

/** The aria attributes of a field that may have a problem (whatever its kind). */
export function fieldAria(errorId: string, problem: object | undefined, hintId?: string) {
  const describedBy = [hintId, problem ? errorId : undefined].filter(Boolean).join(" ");
  return {
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": describedBy || undefined,
  };
}
