import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/**
 * Errors of the actions a parent or a citizen confirms with the secret of their application
 * or appeal. KindergartenQueue and CitizenAppeals both declare `SignatureExpired` (with
 * different arguments): one code, one text, no time in it.
 */
export const signatureErrorWords = {
  SignatureExpired: {
    uz: "Tasdiqlash muddati oʻtib ketdi. Iltimos, qaytadan urinib koʻring.",
    ru: "Срок действия подтверждения истёк. Пожалуйста, повторите попытку.",
    en: "The confirmation has expired. Please try again.",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
