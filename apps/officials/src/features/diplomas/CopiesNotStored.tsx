"use client";

import { useState } from "react";
import { useWords } from "../../shared/ui/locale";
import { storeDiplomaCopies, type StoredCopies } from "./diploma-outputs";
import { diplomaWords } from "./words";

/**
 * Says so when the server did not keep an issuance's encrypted copies, and saves them again
 * on request: the diplomas are on chain, so the remedy is storing, never issuing twice.
 */
export function CopiesNotStored({ copies }: { copies: StoredCopies }) {
  const m = useWords(diplomaWords);
  const [stored, setStored] = useState(copies.stored);
  const [saving, setSaving] = useState(false);
  if (stored) return null;

  async function storeAgain(): Promise<void> {
    setSaving(true);
    setStored(await storeDiplomaCopies(copies.copies));
    setSaving(false);
  }

  return (
    <p className="error" role="alert" data-testid="diploma-copies-not-stored">
      {m.copiesNotStored}{" "}
      <button type="button" disabled={saving} onClick={() => void storeAgain()}>
        {m.storeCopiesAgain}
      </button>
    </p>
  );
}
