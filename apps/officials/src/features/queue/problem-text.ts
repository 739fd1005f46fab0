import { format } from "@ishonch/i18n";
import { useWords } from "../../shared/ui/locale";
import type { QueueFieldProblem } from "./forms";
import { queueWords } from "./words";

/** Words for a queue form field's problem, in the page's language. */
export function useQueueProblemText(): (problem?: QueueFieldProblem) => string | undefined {
  const m = useWords(queueWords).validation;
  return (problem) => problem && format(m[problem.key], problem.values ?? {});
}
