import type { ReactNode } from "react";
import type { PageFrame } from "../view-models.ts";
import { Facts, type Fact } from "./Facts.tsx";
import { Layout } from "./Layout.tsx";

/**
 * What a citizen's action made on chain, with the secret that acts for it: shown once, so
 * the page says to keep it, then where to go next.
 */
export function ReceiptPage(props: {
  frame: PageFrame;
  title: string;
  testId: string;
  facts: readonly Fact[];
  secretOnce: string;
  next: ReactNode;
}) {
  return (
    <Layout frame={props.frame} title={props.title}>
      <Facts className="card" testId={props.testId} facts={props.facts} />
      <p className="notice notice-warning">{props.secretOnce}</p>
      <p>{props.next}</p>
    </Layout>
  );
}
