import { describe, expect, it } from "vitest";
import { toUtf8Bytes, ZeroHash as zeroHash } from "ethers";
import {
  AppealInputError,
  MAX_APPEAL_TEXT_LENGTH,
  MAX_ATTACHMENT_BYTES,
  addRecipient,
  agencyRecipient,
  citizenKeyAddress,
  escalationGroundOf,
  formatCitizenSecret,
  generateAgencyKeyPair,
  generateCitizenSecret,
  openAsAgency,
  openAsCitizen,
  parseCitizenSecret,
  parseRating,
  parseTrackingNumber,
  prepareAgencyDocument,
  prepareAppeal,
  validateAppealText,
  validateAttachments,
  type AppealInputErrorCode,
  type AppealView,
} from "../src/index.ts";

const pdf = toUtf8Bytes("%PDF-1.7\n1 0 obj\n");
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

function codeOf(action: () => unknown): AppealInputErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof AppealInputError) return error.code;
    throw error;
  }
  return undefined;
}

async function asyncCodeOf(action: () => Promise<unknown>): Promise<AppealInputErrorCode | null> {
  return action().then(
    () => null,
    (error: unknown) => {
      if (error instanceof AppealInputError) return error.code;
      throw error;
    },
  );
}

const agencyId = 7;
const agency = generateAgencyKeyPair();
const otherAgency = generateAgencyKeyPair();

describe("the citizen's secret", () => {
  it("is shown in six groups of four and read back however it is typed", () => {
    const secret = generateCitizenSecret();
    const shown = formatCitizenSecret(secret);
    expect(shown).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    expect(parseCitizenSecret(shown.toLowerCase().replace(/-/g, " "))).toBe(secret);
    expect(citizenKeyAddress(parseCitizenSecret(shown))).toBe(citizenKeyAddress(secret));
  });

  it("reads O as zero and I, L as one, and refuses anything else malformed", () => {
    expect(parseCitizenSecret("O".repeat(24))).toBe("0".repeat(24));
    expect(parseCitizenSecret("IL".repeat(12))).toBe("1".repeat(24));
    expect(codeOf(() => parseCitizenSecret("ABC"))).toBe("MalformedSecret");
    expect(codeOf(() => parseCitizenSecret("U".repeat(24)))).toBe("MalformedSecret");
  });

  it("gives every appeal its own key, so one citizen's appeals cannot be linked", () => {
    expect(citizenKeyAddress(generateCitizenSecret())).not.toBe(
      citizenKeyAddress(generateCitizenSecret()),
    );
  });
});

describe("input checks", () => {
  it("refuses an empty or huge text and keeps a text at the limit", () => {
    expect(codeOf(() => validateAppealText("  \n "))).toBe("EmptyAppealText");
    expect(codeOf(() => validateAppealText("a".repeat(MAX_APPEAL_TEXT_LENGTH + 1)))).toBe(
      "AppealTextTooLong",
    );
    expect(validateAppealText(` ${"a".repeat(MAX_APPEAL_TEXT_LENGTH)} `)).toHaveLength(
      MAX_APPEAL_TEXT_LENGTH,
    );
  });

  it("accepts PDF, JPEG and PNG by their bytes, whatever the file is called", () => {
    const checked = validateAttachments([
      { name: "scan.txt", data: pdf },
      { name: "photo", data: jpeg },
      { name: "", data: png },
      { name: "empty input", data: new Uint8Array() },
    ]);
    expect(checked.map((file) => file.mediaType)).toEqual([
      "application/pdf",
      "image/jpeg",
      "image/png",
    ]);
  });

  it("refuses a forbidden type even when named .pdf, a file over the limit, and a fourth file", () => {
    const html = toUtf8Bytes("<html><script>alert(1)</script>");
    expect(codeOf(() => validateAttachments([{ name: "letter.pdf", data: html }]))).toBe(
      "AttachmentTypeNotAllowed",
    );
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(pdf);
    expect(codeOf(() => validateAttachments([{ name: "big.pdf", data: big }]))).toBe(
      "AttachmentTooLarge",
    );
    const four = Array.from({ length: 4 }, () => ({ name: "a.pdf", data: pdf }));
    expect(codeOf(() => validateAttachments(four))).toBe("TooManyAttachments");
  });

  it("reads tracking numbers as people write them and ratings from 1 to 5", () => {
    expect(parseTrackingNumber(" No. 12 ")).toBe(12);
    expect(parseTrackingNumber("#3")).toBe(3);
    for (const bad of ["", "0", "-4", "12a", "1.5"]) {
      expect(codeOf(() => parseTrackingNumber(bad))).toBe("MalformedTrackingNumber");
    }
    expect(parseRating("2")).toBe(2);
    expect(codeOf(() => parseRating("6"))).toBe("InvalidRatingInput");
  });
});

describe("sealed appeals", () => {
  const text = "Synthetic complaint: the street light at test address 1 is broken.";

  async function prepared() {
    return prepareAppeal({
      appealType: "Complaint",
      agencyId,
      agencyKey: { agencyId, publicKey: agency.publicKey },
      text,
      files: [{ name: "photo.png", data: png }],
    });
  }

  it("checks the input before sealing anything", async () => {
    const input = { appealType: "Complaint" as const, agencyId, text: " ", files: [] };
    expect(
      await asyncCodeOf(() =>
        prepareAppeal({ ...input, agencyKey: { agencyId, publicKey: agency.publicKey } }),
      ),
    ).toBe("EmptyAppealText");
    expect(await asyncCodeOf(() => prepareAppeal({ ...input, text, agencyKey: null }))).toBe(
      "AgencyKeyMissing",
    );
  });

  it("is readable by the citizen and the agency, and holds no readable text", async () => {
    const appeal = await prepared();
    const stored = Buffer.from(appeal.sealed.blob).toString("latin1");
    expect(stored).not.toContain("street light");
    expect(JSON.stringify(appeal.sealed.wraps)).not.toContain("street");
    expect(appeal.sealed.commitment).toMatch(/^0x[0-9a-f]{64}$/);

    const byCitizen = await openAsCitizen(appeal.sealed, appeal.secret);
    expect(byCitizen.text).toBe(text);
    expect(byCitizen.attachments[0]?.mediaType).toBe("image/png");
    expect(byCitizen.attachments[0]?.data).toEqual(png);
    const byAgency = await openAsAgency(appeal.sealed, agencyId, agency.privateKey);
    expect(byAgency.text).toBe(text);
  });

  it("refuses another agency, another secret, and a blob changed in the database", async () => {
    const appeal = await prepared();
    expect(await asyncCodeOf(() => openAsAgency(appeal.sealed, 8, otherAgency.privateKey))).toBe(
      "ContentUnavailable",
    );
    expect(
      await asyncCodeOf(() => openAsAgency(appeal.sealed, agencyId, otherAgency.privateKey)),
    ).toBe("ContentTampered");
    expect(await asyncCodeOf(() => openAsCitizen(appeal.sealed, generateCitizenSecret()))).toBe(
      "ContentTampered",
    );
    const blob = Uint8Array.from(appeal.sealed.blob);
    blob[blob.length - 1]! ^= 1;
    expect(await asyncCodeOf(() => openAsCitizen({ ...appeal.sealed, blob }, appeal.secret))).toBe(
      "ContentTampered",
    );
  });

  it("refuses a wrap moved to another recipient", async () => {
    const appeal = await prepared();
    const moved = appeal.sealed.wraps.map((wrap) => ({ ...wrap, recipient: agencyRecipient(9) }));
    expect(
      await asyncCodeOf(() =>
        openAsAgency({ ...appeal.sealed, wraps: moved }, 9, agency.privateKey),
      ),
    ).toBe("ContentTampered");
  });

  it("is forwarded by the holding agency re-wrapping the key for the receiver", async () => {
    const appeal = await prepared();
    const wrap = await addRecipient(appeal.sealed, agencyRecipient(agencyId), agency.privateKey, {
      id: agencyRecipient(8),
      publicKey: otherAgency.publicKey,
    });
    const forwarded = { ...appeal.sealed, wraps: [...appeal.sealed.wraps, wrap] };
    expect((await openAsAgency(forwarded, 8, otherAgency.privateKey)).text).toBe(text);
  });

  it("lets the agency answer for the citizen key found inside the appeal", async () => {
    const appeal = await prepared();
    const opened = await openAsAgency(appeal.sealed, agencyId, agency.privateKey);
    const answer = await prepareAgencyDocument({
      kind: "answer",
      citizenPublicKey: opened.citizenPublicKey!,
      agencies: [{ agencyId, publicKey: agency.publicKey }],
      text: "Synthetic answer: repaired.",
    });
    expect((await openAsCitizen(answer, appeal.secret)).text).toBe("Synthetic answer: repaired.");
    expect(answer.commitment).not.toBe(appeal.sealed.commitment);
  });
});

describe("the ground for escalation", () => {
  const base: AppealView = {
    id: 1,
    appealType: "Complaint",
    status: "Registered",
    overdue: false,
    agencyId,
    registeredAt: new Date(0),
    receivedAt: new Date(0),
    deadline: new Date(15 * 86_400_000),
    answeredAt: null,
    answeredLate: false,
    extraChecking: false,
    extended: false,
    forwardCount: 0,
    rating: null,
    escalatedFrom: null,
    escalatedTo: null,
    citizenKey: `0x${"00".repeat(20)}`,
    contentCommitment: zeroHash,
    answerCommitment: null,
    chainTime: new Date(0),
    blockNumber: 1,
  };
  const answered = { ...base, status: "Answered" as const, answerCommitment: zeroHash };

  it("is overdue past the deadline, and still after a late answer until rated satisfactory", () => {
    expect(escalationGroundOf(base)).toBeNull();
    expect(escalationGroundOf({ ...base, status: "Overdue", overdue: true })).toBe("Overdue");
    expect(escalationGroundOf({ ...answered, answeredLate: true })).toBe("Overdue");
    expect(escalationGroundOf({ ...answered, answeredLate: true, status: "Closed" })).toBeNull();
  });

  it("is an unsatisfactory rating of an answer on time, and nothing for an unrated one", () => {
    expect(escalationGroundOf(answered)).toBeNull();
    expect(escalationGroundOf({ ...answered, rating: 2 })).toBe("Unsatisfactory");
    expect(escalationGroundOf({ ...answered, rating: 3, status: "Closed" })).toBeNull();
    expect(escalationGroundOf({ ...base, status: "Escalated", overdue: false })).toBeNull();
  });
});
