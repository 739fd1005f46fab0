import { errorMessage, wordsIn } from "@ishonch/i18n";
import { IshonchError } from "@ishonch/sdk";
import { framedPage, queryText } from "../../../shared/server/frame.ts";
import { takeRequestLimit } from "../../../shared/server/limits.ts";
import { markRefusalStatus, refusalText } from "../../../shared/server/refusal.ts";
import { parseNumber } from "../../queue/input.ts";
import type { CheckProps } from "../CheckPage.tsx";
import { isCheckKind, type CheckKind } from "../kinds.ts";
import { checkWords } from "../words.ts";
import { checkContractsOnChain, checkOnChain } from "./check.ts";

/** A re-count from the chain alone, of what `?kind=&id=` names, or of the site's contracts. */
export const checkPageProps = framedPage<CheckProps>(async (context, frame) => {
  const { locale } = frame;
  const m = wordsIn(locale, checkWords);
  const kindText = context.query.kind;
  const idText = queryText(context, "id");
  const kind: CheckKind = isCheckKind(kindText) ? kindText : "application";
  const props: CheckProps = { frame, kind, idText, result: null, contracts: null, error: null };
  /** A re-count reads much of the chain: it takes from the caller's check allowance first. */
  const refusal = (error: unknown): string => {
    markRefusalStatus(context.res, error);
    // A refusal (a limit, an unknown number) has its words; anything else means the node is down.
    return (
      refusalText(locale, error) ??
      (error instanceof IshonchError ? errorMessage(locale, error) : m.chainUnavailable)
    );
  };
  if (context.query.contracts === "1") {
    try {
      await takeRequestLimit(context.req, "certificateCheck");
      props.contracts = await checkContractsOnChain();
    } catch (error) {
      props.error = refusal(error);
    }
    return { props };
  }
  if (idText === "") return { props };
  if (!isCheckKind(kindText)) return { props: { ...props, error: m.unknownKind } };
  const id = parseNumber(idText);
  if (id === null) return { props: { ...props, error: m.notANumber } };
  try {
    await takeRequestLimit(context.req, "certificateCheck");
    props.result = await checkOnChain(kind, id);
  } catch (error) {
    props.error = refusal(error);
  }
  return { props };
});
