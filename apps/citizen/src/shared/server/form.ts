/**
 * Reading a POSTed form (urlencoded or multipart) in getServerSideProps, bounded in size: the
 * appeals and queue pages post here. The bound fits the largest form, an appeal with files.
 */
import type { IncomingMessage } from "node:http";
import { MAX_APPEAL_TEXT_LENGTH, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@ishonch/sdk";

/** The largest body accepted: every attachment at its limit, the text, and the encoding. */
export const MAX_FORM_BYTES =
  MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + MAX_APPEAL_TEXT_LENGTH * 4 + 64 * 1024;

/** The body was larger than MAX_FORM_BYTES: too many or too large files. */
export class FormTooLargeError extends Error {}

/** The body is not the form it says it is (a broken multipart body, a wrong content type). */
export class FormUnreadableError extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_FORM_BYTES) throw new FormTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new FormTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The request's form fields, parsed by the platform's own Request (no parser dependency). */
export async function readForm(request: IncomingMessage): Promise<FormData> {
  const body = await readBody(request);
  const contentType = String(request.headers["content-type"] ?? "");
  try {
    return await new Request("http://citizen.local/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch (error) {
    throw new FormUnreadableError("the form could not be parsed", { cause: error });
  }
}

/** A text field, or "" when absent. */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The uploaded files of a file input (empty inputs come as empty files). */
export async function files(
  form: FormData,
  name: string,
): Promise<{ name: string; data: Uint8Array }[]> {
  const uploads = form.getAll(name).filter((value): value is File => typeof value !== "string");
  return Promise.all(
    uploads.map(async (file) => ({
      name: file.name,
      data: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}
