import {
  setAgeGroupCall,
  setOfferPeriodCall,
  setPriorityCategoryCall,
  validateAgeGroup,
  validateOfferPeriod,
  validatePriorityCategory,
  type Address,
  type CouncilCall,
  type IshonchError,
} from "@ishonch/sdk";
import type { FieldProblem } from "../../shared/ui/forms";

/**
 * The queue-setting form's checks, made before anything is signed: a setting the queue
 * would refuse fails only when executed, after the approvals and the public delay.
 */

export type QueueSettingKind = "offerPeriod" | "priorityCategory" | "ageGroup";
export const queueSettingKinds: readonly QueueSettingKind[] = [
  "offerPeriod",
  "priorityCategory",
  "ageGroup",
];

/** The form's fields as typed; `active` is the checkbox. */
export interface QueueSettingInput {
  kind: QueueSettingKind;
  days: string;
  id: string;
  tier: string;
  minMonths: string;
  maxMonths: string;
  active: boolean;
}
export type QueueSettingField = "days" | "id" | "tier" | "minMonths" | "maxMonths";

/** A field's problem: the queue's own refusal (shared words), or not a whole number in range. */
export type QueueSettingProblem = FieldProblem | { kind: "wholeNumber"; min: number; max: number };

export type ParsedQueueSetting =
  | { ok: true; build: (queue: Address) => CouncilCall; description: Record<string, unknown> }
  | { ok: false; problems: Partial<Record<QueueSettingField, QueueSettingProblem>> };

const SECONDS_PER_DAY = 86_400;
/** The queue's ids and months are uint8. */
const UINT8_MAX = 255;

function wholeNumber(text: string, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

const sdk = (error: IshonchError): QueueSettingProblem => ({ kind: "sdk", error });

/** Parses the form into the call to propose, or the words for each wrong field. */
export function parseQueueSetting(input: QueueSettingInput): ParsedQueueSetting {
  const problems: Partial<Record<QueueSettingField, QueueSettingProblem>> = {};
  const uint8 = (field: QueueSettingField): number | null => {
    const value = wholeNumber(input[field], UINT8_MAX);
    if (value === null) problems[field] = { kind: "wholeNumber", min: 0, max: UINT8_MAX };
    return value;
  };
  const fail = (): ParsedQueueSetting => ({ ok: false, problems });

  if (input.kind === "offerPeriod") {
    const days = input.days.trim() === "" ? Number.NaN : Number(input.days);
    // Days may be fractional (half a day); the queue counts whole seconds.
    const seconds = Math.round(days * SECONDS_PER_DAY);
    const invalid = validateOfferPeriod(Number.isFinite(seconds) ? seconds : 0);
    if (invalid) return { ok: false, problems: { days: sdk(invalid) } };
    return {
      ok: true,
      build: (queue) => setOfferPeriodCall(queue, seconds),
      description: { queueSetting: "offerPeriod", seconds },
    };
  }
  const id = uint8("id");
  if (input.kind === "priorityCategory") {
    const tier = uint8("tier");
    if (id === null || tier === null) return fail();
    const category = { id, tier, active: input.active };
    const invalid = validatePriorityCategory(category);
    if (invalid) {
      problems[invalid.code === "InvalidTier" ? "tier" : "id"] = sdk(invalid);
      return fail();
    }
    return {
      ok: true,
      build: (queue) => setPriorityCategoryCall(queue, category),
      description: { queueSetting: "priorityCategory", ...category },
    };
  }
  const minMonths = uint8("minMonths");
  const maxMonths = uint8("maxMonths");
  if (id === null || minMonths === null || maxMonths === null) return fail();
  const group = { id, minMonths, maxMonths, active: input.active };
  const invalid = validateAgeGroup(group);
  if (invalid) return { ok: false, problems: { maxMonths: sdk(invalid) } };
  return {
    ok: true,
    build: (queue) => setAgeGroupCall(queue, group),
    description: { queueSetting: "ageGroup", ...group },
  };
}
