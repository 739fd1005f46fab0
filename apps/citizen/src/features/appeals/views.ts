/** What the appeals pages render: JSON-safe, every word already in the page's language. */
import {
  appealErrorMessage,
  appealStatusWords,
  appealTypeWords,
  formatDateTime,
  type Locale,
} from "@ishonch/i18n";
import { escalationGroundOf, type AppealDocument, type AppealView } from "@ishonch/sdk";

export interface DocumentView {
  text: string;
  attachments: { name: string; mediaType: string; size: number }[];
}

export interface AppealStatusView {
  id: number;
  type: string;
  status: { name: string; label: string };
  overdue: boolean;
  agencyId: number;
  registeredAt: string;
  deadline: string;
  answeredAt: string | null;
  rating: number | null;
  escalatedFrom: number | null;
  escalatedTo: number | null;
  chainTime: string;
  blockNumber: number;
  canRate: boolean;
  canEscalate: boolean;
}

export function documentView(document: AppealDocument | null): DocumentView | null {
  if (!document) return null;
  return {
    text: document.text,
    attachments: document.attachments.map((file) => ({
      name: file.name,
      mediaType: file.mediaType,
      size: file.data.length,
    })),
  };
}

export function appealStatusView(locale: Locale, view: AppealView): AppealStatusView {
  return {
    id: view.id,
    type: appealTypeWords[view.appealType][locale],
    status: { name: view.status, label: appealStatusWords[view.status][locale] },
    overdue: view.overdue,
    agencyId: view.agencyId,
    registeredAt: formatDateTime(locale, view.registeredAt),
    deadline: formatDateTime(locale, view.deadline),
    answeredAt: view.answeredAt ? formatDateTime(locale, view.answeredAt) : null,
    rating: view.rating,
    escalatedFrom: view.escalatedFrom,
    escalatedTo: view.escalatedTo,
    chainTime: formatDateTime(locale, view.chainTime),
    blockNumber: view.blockNumber,
    canRate: view.status === "Answered" && view.rating === null,
    canEscalate: escalationGroundOf(view) !== null,
  };
}

/** The error's sentence, logged when it is not the user's doing. */
export function errorText(locale: Locale, error: unknown): string {
  const message = appealErrorMessage(locale, error);
  if (!(error instanceof Error && "code" in error)) console.error("appeals:", error);
  return message;
}
