"use client";

import { useId, useState, type FormEvent } from "react";
import {
  DEV_APPEALS_CHAIN_ID,
  devAgencyKeyPair,
  openAsAgency,
  type AgencyKey,
  type AppealDocument,
  type AppealView,
  type SealedDocument,
} from "@ishonch/sdk";
import { InputField } from "../../shared/ui/fields";
import { useLocale, useWords } from "../../shared/ui/locale";
import { useDeployment } from "../../shared/wallet/WalletProvider";
import { AppealActions } from "./actions/AppealActions";
import { useAgencyKeys } from "./AgencyKeysProvider";
import { AppealDocumentView } from "./AppealDocumentView";
import { problemOf, problemText, type AppealProblem } from "./problems";
import { appealWords } from "./words";

/**
 * The officer's side of one appeal: the agency key, the decrypted appeal (and answer),
 * and the actions. Opening happens here in the browser, with the key the officer entered;
 * the commitment checked is the chain's, so a changed blob in the database is refused.
 */
export function AppealWorkbench(props: {
  appeal: AppealView;
  /** The agency whose key opens the documents (the holder, or an earlier holder). */
  actingAgencyId: number;
  sealedAppeal: SealedDocument | null;
  sealedAnswer: SealedDocument | null;
  holderKey: AgencyKey | null;
}) {
  const { appeal, actingAgencyId } = props;
  const locale = useLocale();
  const m = useWords(appealWords);
  const keys = useAgencyKeys();
  const privateKey = keys.keyOf(actingAgencyId);
  const [opened, setOpened] = useState<{ appeal: AppealDocument; answer: AppealDocument | null }>();
  const [problem, setProblem] = useState<AppealProblem>();
  const [busy, setBusy] = useState(false);

  async function open(key: string) {
    if (!props.sealedAppeal) return;
    setBusy(true);
    setProblem(undefined);
    try {
      // The chain's commitments, not the stored ones: a swapped document is refused.
      const appealDocument = await openAsAgency(
        { ...props.sealedAppeal, commitment: appeal.contentCommitment },
        actingAgencyId,
        key,
      );
      const answerDocument =
        props.sealedAnswer && appeal.answerCommitment
          ? await openAsAgency(
              { ...props.sealedAnswer, commitment: appeal.answerCommitment },
              actingAgencyId,
              key,
            )
          : null;
      setOpened({ appeal: appealDocument, answer: answerDocument });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section aria-labelledby="appeal-content-heading" data-testid="appeal-content">
        <h3 id="appeal-content-heading">{m.content.heading}</h3>
        {!props.sealedAppeal ? (
          <p className="note">{m.content.unavailable}</p>
        ) : opened ? (
          <>
            <AppealDocumentView document={opened.appeal} testId="appeal-text" />
            {opened.answer && (
              <>
                <h3>{m.content.answerHeading}</h3>
                <AppealDocumentView document={opened.answer} testId="answer-text" />
              </>
            )}
          </>
        ) : (
          <AgencyKeyForm
            agencyId={actingAgencyId}
            initial={privateKey}
            busy={busy}
            onKey={(key) => {
              keys.setKey(actingAgencyId, key);
              void open(key);
            }}
          />
        )}
        {problem && (
          <p className="error" role="alert" data-testid="appeal-content-error">
            {problemText(locale, problem)}
          </p>
        )}
      </section>
      <AppealActions
        appeal={appeal}
        opened={opened?.appeal ?? null}
        sealedAppeal={props.sealedAppeal}
        holderKey={props.holderKey}
        privateKey={privateKey ?? null}
      />
    </>
  );
}

/** The agency's appeals private key, entered by the officer (or reused from this tab). */
function AgencyKeyForm(props: {
  agencyId: number;
  initial: string | undefined;
  busy: boolean;
  onKey: (key: string) => void;
}) {
  const deployment = useDeployment();
  const m = useWords(appealWords).content;
  const id = useId();
  const [problem, setProblem] = useState(false);
  // The dev chain's demo agencies have public, derived keys: offer them to try the app.
  const demoKey =
    deployment.chainId === DEV_APPEALS_CHAIN_ID
      ? devAgencyKeyPair(props.agencyId).privateKey
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get("agencyKey") ?? "").trim();
    const valid = /^(0x)?[0-9a-fA-F]{64}$/.test(key);
    setProblem(!valid);
    if (valid) props.onKey(key.startsWith("0x") ? key : `0x${key}`);
  }

  return (
    <form onSubmit={submit} noValidate data-testid="agency-key-form">
      <InputField
        id={`${id}-key`}
        name="agencyKey"
        type="password"
        label={m.agencyKey}
        className="mono"
        autoComplete="off"
        spellCheck={false}
        defaultValue={props.initial ?? ""}
        hint={m.agencyKeyHint}
        error={problem ? m.agencyKeyInvalid : undefined}
      />
      <div className="actions">
        <button type="submit" disabled={props.busy}>
          {props.busy ? m.decrypting : m.decrypt}
        </button>
        {demoKey && (
          <button
            type="button"
            className="secondary"
            disabled={props.busy}
            onClick={() => props.onKey(demoKey)}
          >
            {m.demoKey}
          </button>
        )}
      </div>
    </form>
  );
}
