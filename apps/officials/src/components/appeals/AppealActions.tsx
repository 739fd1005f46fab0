"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { format } from "@ishonch/i18n";
import {
  AppealInputError,
  MAX_APPEAL_TEXT_LENGTH,
  MAX_EXTENSION_DAYS,
  addRecipient,
  agencyRecipient,
  answerAppeal,
  extendDeadline,
  forwardAppeal,
  prepareAgencyDocument,
  requireExtraChecking,
  startReview,
  validateAppealText,
  type AgencyKey,
  type AppealDocument,
  type AppealView,
  type IshonchContracts,
  type KeyWrap,
  type SealedDocument,
} from "@ishonch/sdk";
import { agencyPublicKey, storeAppealDocument } from "../../../app/appeals/actions";
import type { Messages } from "../../messages";
import { parseOrganizationId } from "../../lib/forms";
import { useWorkspace } from "../workspace/context";
import { OrganizationOptions } from "../workspace/OrganizationSelect";
import { useIshonchWrite, type WriteOutcome } from "../workspace/use-write";
import { WriteStatus } from "../workspace/WriteStatus";
import { parseExtensionDays } from "./forms";
import { awaitsAnswer } from "./status";
import { problemOf, problemText, type AppealProblem } from "./problems";

/**
 * The platform has no catalogue of forwarding and extension reasons yet: 0 says "the
 * reason is the sealed text", which the citizen reads.
 */
const reasonInText = 0;

interface ActionProps {
  appeal: AppealView;
  /** The appeal as opened with the agency key, or null until then. */
  opened: AppealDocument | null;
  sealedAppeal: SealedDocument | null;
  holderKey: AgencyKey | null;
  privateKey: string | null;
}

/**
 * What an officer may do with an appeal that still awaits its answer. Every action checks
 * the input first, then asks the contract (a call, not a transaction) whether it would
 * accept, and only then stores the sealed text and signs: a refusal writes nothing.
 */
export function AppealActions(props: ActionProps) {
  const { messages } = useWorkspace();
  if (!awaitsAnswer(props.appeal.status)) return null;
  const m = messages.appeals.actions;
  return (
    <section aria-labelledby="appeal-actions-heading" data-testid="appeal-actions">
      <h3 id="appeal-actions-heading">{m.heading}</h3>
      <div className="grid two">
        {(props.appeal.status === "Registered" || props.appeal.status === "Forwarded") && (
          <StartReviewForm {...props} />
        )}
        <AnswerForm {...props} />
        <ForwardForm {...props} />
        <ExtraCheckingForm {...props} />
        <ExtendForm {...props} />
      </div>
    </section>
  );
}

/** Text fields: trimmed and checked with the SDK's limits, before anything is sealed. */
function checkedText(text: string): { text: string } | { problem: AppealProblem } {
  try {
    return { text: validateAppealText(text) };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}

/** A sealed answer or reason needs the citizen's key (inside the opened appeal) and ours. */
function sealingParties(props: ActionProps): AppealProblem | null {
  if (!props.opened?.citizenPublicKey) return { kind: "app", key: "openFirst" };
  if (!props.holderKey) {
    return problemOf(new AppealInputError("AgencyKeyMissing", { agencyId: props.appeal.agencyId }));
  }
  return null;
}

function outcome(
  receipt: { transactionHash: string; blockNumber: number },
  describe: (messages: Messages) => ReactNode,
): WriteOutcome {
  return { describe, transactionHash: receipt.transactionHash, blockNumber: receipt.blockNumber };
}

/** One action's panel: its form, its problem, and its write's outcome. */
function ActionPanel(props: {
  title: string;
  testId: string;
  problem: AppealProblem | undefined;
  write: ReturnType<typeof useIshonchWrite>;
  onSubmit: (form: FormData) => void | Promise<void>;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { locale, messages } = useWorkspace();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={props.testId}>
      <h4 id={headingId}>{props.title}</h4>
      <form
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void props.onSubmit(new FormData(event.currentTarget));
        }}
      >
        {props.children}
        {props.problem && (
          <p className="field-error" role="alert" data-testid={`${props.testId}-problem`}>
            {problemText(locale, messages.appeals, props.problem)}
          </p>
        )}
        <button type="submit" disabled={props.write.busy}>
          {props.submitLabel}
        </button>
      </form>
      <WriteStatus state={props.write.state} testId={props.testId} />
    </section>
  );
}

function TextArea({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} rows={5} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

function StartReviewForm({ appeal }: ActionProps) {
  const { messages } = useWorkspace();
  const write = useIshonchWrite();
  return (
    <ActionPanel
      title={messages.appeals.actions.startReview}
      testId="appeal-review"
      problem={undefined}
      write={write}
      submitLabel={messages.appeals.actions.startReview}
      onSubmit={() =>
        write.run(async (contracts) =>
          outcome(await startReview(contracts, appeal.id), (words) =>
            format(words.appeals.actions.reviewStarted, { id: appeal.id }),
          ),
        )
      }
    />
  );
}

/**
 * A write whose text is sealed for the citizen and `agencies`: seal, ask the contract,
 * store (with `otherWraps`, in one records write), then sign. `send` gets the commitment
 * and does the transaction.
 */
async function sealStoreAndSend(
  contracts: IshonchContracts,
  document: { kind: "answer" | "reason"; citizenPublicKey: string; text: string },
  agencies: AgencyKey[],
  preflight: (commitment: string) => Promise<unknown>,
  send: (commitment: string) => Promise<{ transactionHash: string; blockNumber: number }>,
  otherWraps: { commitment: string; wrap: KeyWrap }[] = [],
) {
  const sealed = await prepareAgencyDocument({ ...document, agencies });
  await preflight(sealed.commitment);
  await storeAppealDocument(sealed, otherWraps);
  return send(sealed.commitment);
}

/**
 * An action whose only input is a text sealed for the citizen and the holder (the answer,
 * the reason for extra checking): `call` runs the contract function with the commitment,
 * as a call first (`preflight`), then as the transaction.
 */
function SealedTextForm(
  props: ActionProps & {
    kind: "answer" | "reason";
    title: string;
    field: string;
    hint?: string;
    testId: string;
    preflight: (contracts: IshonchContracts, commitment: string) => Promise<unknown>;
    send: (
      contracts: IshonchContracts,
      commitment: string,
    ) => Promise<{ transactionHash: string; blockNumber: number }>;
    done: (words: Messages) => string;
  },
) {
  const write = useIshonchWrite();
  const [problem, setProblem] = useState<AppealProblem>();

  async function submit(form: FormData) {
    const checked = checkedText(String(form.get("text") ?? ""));
    const found = "problem" in checked ? checked.problem : sealingParties(props);
    setProblem(found ?? undefined);
    if (found || "problem" in checked) return write.reset();
    const citizenPublicKey = props.opened!.citizenPublicKey!;
    await write.run(async (contracts) => {
      const receipt = await sealStoreAndSend(
        contracts,
        { kind: props.kind, citizenPublicKey, text: checked.text },
        [props.holderKey!],
        (commitment) => props.preflight(contracts, commitment),
        (commitment) => props.send(contracts, commitment),
      );
      return outcome(receipt, props.done);
    });
  }

  return (
    <ActionPanel
      title={props.title}
      testId={props.testId}
      problem={problem}
      write={write}
      submitLabel={props.title}
      onSubmit={submit}
    >
      <TextArea name="text" label={props.field} hint={props.hint} />
    </ActionPanel>
  );
}

function AnswerForm(props: ActionProps) {
  const { messages } = useWorkspace();
  const m = messages.appeals.actions;
  const id = props.appeal.id;
  return (
    <SealedTextForm
      {...props}
      kind="answer"
      title={m.answer}
      field={m.answerText}
      hint={format(m.answerHint, { max: MAX_APPEAL_TEXT_LENGTH })}
      testId="appeal-answer"
      preflight={(contracts, commitment) =>
        contracts.citizenAppeals.answer.staticCall(id, commitment)
      }
      send={(contracts, commitment) => answerAppeal(contracts, id, commitment)}
      done={(words) => format(words.appeals.actions.answered, { id })}
    />
  );
}

function ExtraCheckingForm(props: ActionProps) {
  const { messages } = useWorkspace();
  const m = messages.appeals.actions;
  const id = props.appeal.id;
  return (
    <SealedTextForm
      {...props}
      kind="reason"
      title={m.extraChecking}
      field={m.extraCheckingReason}
      testId="appeal-extra-checking"
      preflight={(contracts, commitment) =>
        contracts.citizenAppeals.requireExtraChecking.staticCall(id, commitment)
      }
      send={(contracts, commitment) => requireExtraChecking(contracts, id, commitment)}
      done={(words) => format(words.appeals.actions.extraCheckingDone, { id })}
    />
  );
}

function ForwardForm(props: ActionProps) {
  const { messages } = useWorkspace();
  const m = messages.appeals.actions;
  const write = useIshonchWrite();
  const [problem, setProblem] = useState<AppealProblem>();
  const selectId = useId();
  const { appeal } = props;

  async function submit(form: FormData) {
    const target = parseOrganizationId(String(form.get("toAgency") ?? ""));
    const checked = checkedText(String(form.get("reason") ?? ""));
    const found: AppealProblem | null =
      target === null
        ? { kind: "app", key: "agencyRequired" }
        : target === appeal.agencyId
          ? { kind: "app", key: "forwardToHolder" }
          : "problem" in checked
            ? checked.problem
            : (sealingParties(props) ??
              (props.privateKey && props.sealedAppeal ? null : { kind: "app", key: "openFirst" }));
    setProblem(found ?? undefined);
    if (found || target === null || "problem" in checked) return write.reset();
    let targetKey: AgencyKey | null;
    try {
      targetKey = await agencyPublicKey(target);
    } catch (error) {
      return setProblem(problemOf(error));
    }
    if (!targetKey) {
      return setProblem(problemOf(new AppealInputError("AgencyKeyMissing", { agencyId: target })));
    }
    const receiverKey = targetKey;
    const holder = agencyRecipient(appeal.agencyId);
    await write.run(async (contracts) => {
      // The receiving agency can open the appeal only if the holder wraps its key for them.
      const wrap = await addRecipient(
        { ...props.sealedAppeal!, commitment: appeal.contentCommitment },
        holder,
        props.privateKey!,
        { id: agencyRecipient(target), publicKey: receiverKey.publicKey },
      );
      const receipt = await sealStoreAndSend(
        contracts,
        { kind: "reason", citizenPublicKey: props.opened!.citizenPublicKey!, text: checked.text },
        [props.holderKey!, receiverKey],
        (commitment) =>
          contracts.citizenAppeals.forward.staticCall(appeal.id, target, reasonInText, commitment),
        (commitment) => forwardAppeal(contracts, appeal.id, target, reasonInText, commitment),
        [{ commitment: appeal.contentCommitment, wrap }],
      );
      return outcome(receipt, (words) =>
        format(words.appeals.actions.forwarded, { id: appeal.id, to: target }),
      );
    });
  }

  return (
    <ActionPanel
      title={m.forward}
      testId="appeal-forward"
      problem={problem}
      write={write}
      submitLabel={m.forward}
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={selectId}>{m.forwardTo}</label>
        <select id={selectId} name="toAgency" defaultValue="">
          <option value="">{messages.form.choose}</option>
          <OrganizationOptions />
        </select>
      </div>
      <TextArea name="reason" label={m.forwardReason} />
    </ActionPanel>
  );
}

function ExtendForm(props: ActionProps) {
  const { messages } = useWorkspace();
  const m = messages.appeals.actions;
  const write = useIshonchWrite();
  const [problem, setProblem] = useState<AppealProblem>();
  const daysId = useId();
  const { appeal } = props;

  async function submit(form: FormData) {
    const days = parseExtensionDays(String(form.get("days") ?? ""));
    const checked = checkedText(String(form.get("reason") ?? ""));
    const found: AppealProblem | null =
      days === null
        ? { kind: "app", key: "daysInvalid", args: { max: MAX_EXTENSION_DAYS } }
        : "problem" in checked
          ? checked.problem
          : sealingParties(props);
    setProblem(found ?? undefined);
    if (found || days === null || "problem" in checked) return write.reset();
    const citizenPublicKey = props.opened!.citizenPublicKey!;
    await write.run(async (contracts) => {
      const receipt = await sealStoreAndSend(
        contracts,
        { kind: "reason", citizenPublicKey, text: checked.text },
        [props.holderKey!],
        (commitment) =>
          contracts.citizenAppeals.extendDeadline.staticCall(
            appeal.id,
            days,
            reasonInText,
            commitment,
          ),
        (commitment) => extendDeadline(contracts, appeal.id, days, reasonInText, commitment),
      );
      return outcome(receipt, (words) =>
        format(words.appeals.actions.extended, { id: appeal.id, days }),
      );
    });
  }

  return (
    <ActionPanel
      title={m.extend}
      testId="appeal-extend"
      problem={problem}
      write={write}
      submitLabel={m.extend}
      onSubmit={submit}
    >
      <p className="hint">{m.headOnly}</p>
      <div className="field">
        <label htmlFor={daysId}>{format(m.extendDays, { max: MAX_EXTENSION_DAYS })}</label>
        <input id={daysId} name="days" type="number" min={1} max={MAX_EXTENSION_DAYS} />
      </div>
      <TextArea name="reason" label={m.extendReason} />
    </ActionPanel>
  );
}
