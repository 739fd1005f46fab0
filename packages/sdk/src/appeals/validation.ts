import { appealTypeNames, type AppealTypeName } from "../generated/enums.ts";
import { AppealInputError } from "./errors.ts";

/** Longest appeal, answer or reason text, in characters (a long letter is ~15,000). */
export const MAX_APPEAL_TEXT_LENGTH = 20_000;
/** Most attachments per appeal. */
export const MAX_ATTACHMENTS = 3;
/** Largest attachment: 2 MiB (a scanned page as PDF or JPEG). */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
/** Longest attachment file name kept, in characters (longer names are cut). */
const MAX_ATTACHMENT_NAME_LENGTH = 120;

/** The only attachment types accepted, recognised by their first bytes, never by name. */
export const attachmentMediaTypes = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];

const magicBytes: ReadonlyArray<{ mediaType: AttachmentMediaType; prefix: number[] }> = [
  { mediaType: "application/pdf", prefix: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
  { mediaType: "image/jpeg", prefix: [0xff, 0xd8, 0xff] },
  { mediaType: "image/png", prefix: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** A file attached to an appeal or an answer, its type taken from its content. */
export interface Attachment {
  name: string;
  mediaType: AttachmentMediaType;
  data: Uint8Array;
}

/** A file as the user uploaded it, before checking. */
export interface UploadedFile {
  name: string;
  data: Uint8Array;
}

/** The attachment's type from its first bytes, or null if it is not PDF, JPEG or PNG. */
export function detectMediaType(data: Uint8Array): AttachmentMediaType | null {
  const match = magicBytes.find(({ prefix }) => prefix.every((byte, i) => data[i] === byte));
  return match?.mediaType ?? null;
}

/** The text, trimmed; fails with EmptyAppealText or AppealTextTooLong. */
export function validateAppealText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new AppealInputError("EmptyAppealText");
  if (trimmed.length > MAX_APPEAL_TEXT_LENGTH) {
    throw new AppealInputError("AppealTextTooLong", {
      length: trimmed.length,
      maxLength: MAX_APPEAL_TEXT_LENGTH,
    });
  }
  return trimmed;
}

/**
 * Checks uploads (empty file inputs are dropped): at most MAX_ATTACHMENTS, each at most
 * MAX_ATTACHMENT_BYTES and a real PDF, JPEG or PNG by its magic bytes.
 */
export function validateAttachments(files: readonly UploadedFile[]): Attachment[] {
  const present = files.filter((file) => file.data.length > 0);
  if (present.length > MAX_ATTACHMENTS) {
    throw new AppealInputError("TooManyAttachments", {
      count: present.length,
      max: MAX_ATTACHMENTS,
    });
  }
  return present.map((file) => {
    const name = file.name.trim().slice(0, MAX_ATTACHMENT_NAME_LENGTH) || "attachment";
    if (file.data.length > MAX_ATTACHMENT_BYTES) {
      throw new AppealInputError("AttachmentTooLarge", {
        name,
        size: file.data.length,
        maxSize: MAX_ATTACHMENT_BYTES,
      });
    }
    const mediaType = detectMediaType(file.data);
    if (!mediaType) throw new AppealInputError("AttachmentTypeNotAllowed", { name });
    return { name, mediaType, data: file.data };
  });
}

/** An appeal type from a form value; fails with UnknownAppealType. */
export function parseAppealType(value: unknown): AppealTypeName {
  if (typeof value === "string" && (appealTypeNames as readonly string[]).includes(value)) {
    return value as AppealTypeName;
  }
  throw new AppealInputError("UnknownAppealType", { value: String(value) });
}

/**
 * A tracking number as typed ("12", "No. 12", " #12 "): the appeal id; fails with
 * MalformedTrackingNumber. Whether the appeal exists is the chain's answer (UnknownAppeal).
 */
export function parseTrackingNumber(value: unknown): number {
  const digits = String(value ?? "")
    .trim()
    .replace(/^(no\.?|№|#)\s*/i, "");
  const id = /^\d{1,15}$/.test(digits) ? Number(digits) : 0;
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new AppealInputError("MalformedTrackingNumber", { value: String(value ?? "") });
  }
  return id;
}
