// The officials app's server entry points as an attacker would try them, against a real
// chain (the demo platform) and real records (SQLite): no write without a signed-in session,
// a sign-in message works once and not after it expires, a session of another organization
// is refused, and the records refuse what no honest page sends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NextRequest } from "next/server";
import { SiweMessage } from "siwe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startDemoChain, syntheticDiplomaFields, type DemoChain } from "@ishonch/devnet";
import { closeRecords, loadSealedDocument, openRecords } from "@ishonch/records";
import { migrateRecords } from "@ishonch/records/admin";
import {
  agencyRecipient,
  connectIshonch,
  devAgencyKeyPair,
  encryptDocument,
  fileAppeal,
  issueCertificate,
  openAsAgency,
  prepareAgencyDocument,
  prepareAppeal,
  prepareDiploma,
  diplomaDocumentOf,
  relayerSignerFromEnv,
  type DiplomaDocument,
  type SealedDocument,
} from "@ishonch/sdk";
import { POST as storeDiplomas } from "../src/features/diplomas/server/store-issued";
import { POST as searchDiplomas } from "../src/features/diplomas/server/search-issued";
import { storeAppealDocumentAs } from "../src/features/appeals/server/store-document";
import {
  issueNonce,
  signIn,
  currentSession,
  signOut,
} from "../src/features/session/server/sign-in";
import type { SignInChallenge } from "../src/features/session/server/sign-in";

const appUrl = "http://127.0.0.1:3001";
let demoChain: DemoChain;
let workDir: string;

function staff(role: string, organizationName?: RegExp) {
  const account = demoChain.demo.accounts.find(
    (candidate) =>
      candidate.role === role &&
      (!organizationName ||
        organizationName.test(
          demoChain.demo.organizations.find((org) => org.id === candidate.orgId)?.name ?? "",
        )),
  );
  if (!account) throw new Error(`no demo ${role}`);
  return account;
}

function request(
  path: string,
  init: { method?: string; body?: unknown; cookie?: string; rawBody?: string } = {},
): NextRequest {
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new NextRequest(`${appUrl}${path}`, {
    method: init.method ?? "POST",
    headers: {
      "content-type": "application/json",
      // English words, so the tests can read them.
      cookie: ["ishonch-locale=en", init.cookie].filter(Boolean).join("; "),
    },
    ...(body === undefined ? {} : { body }),
  });
}

/** A sign-in message for the node's account `index`, as a wallet would sign it. */
async function signedMessage(
  index: number,
  options: { expirationTime?: Date; nonce?: string } = {},
): Promise<{ message: string; signature: string }> {
  const challenge = (await (
    await issueNonce(request("/api/session/nonce"))
  ).json()) as SignInChallenge;
  const signer = await demoChain.provider.getSigner(index);
  const now = new Date();
  const message = new SiweMessage({
    domain: challenge.domain,
    address: await signer.getAddress(),
    uri: challenge.uri,
    version: "1",
    chainId: challenge.chainId,
    nonce: options.nonce ?? challenge.nonce,
    issuedAt: new Date(now.getTime() - 60_000).toISOString(),
    expirationTime: (options.expirationTime ?? new Date(now.getTime() + 3_600_000)).toISOString(),
  }).prepareMessage();
  return { message, signature: await signer.signMessage(message) };
}

/** Signs in as account `index`; returns the session cookie ("name=value"). */
async function sessionOf(index: number): Promise<string> {
  const response = await signIn(request("/api/session", { body: await signedMessage(index) }));
  expect(response.status).toBe(200);
  return cookieOf(response);
}

function cookieOf(response: Response): string {
  return (response.headers.get("set-cookie") ?? "").split(";")[0]!;
}

/** One diploma issued on chain by the demo issuer at account `index` of `orgId`. */
async function issuedDiploma(index: number, orgId: number, number: string) {
  const contracts = connectIshonch(demoChain.deployment, await demoChain.provider.getSigner(index));
  const { document } = await issueCertificate(
    contracts,
    prepareDiploma(orgId, syntheticDiplomaFields("AU", number)),
  );
  return document;
}

async function copyBody(documents: DiplomaDocument[]) {
  const copies = await Promise.all(documents.map((document) => encryptDocument(document)));
  return {
    diplomas: documents.map((document, i) => ({
      document,
      copy: { id: copies[i]!.id, ciphertext: copies[i]!.ciphertext },
    })),
  };
}

async function refusal(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  demoChain = await startDemoChain("officials-auth");
  workDir = mkdtempSync(join(tmpdir(), "ishonch-officials-auth-"));
  const recordsUrl = `file:${join(workDir, "records.db")}`;
  const records = await openRecords(recordsUrl, { create: true });
  await migrateRecords(records);
  await closeRecords(records);
  process.env.RECORDS_DATABASE_URL = recordsUrl;
  process.env.ISHONCH_DEPLOYMENT = join(demoChain.workDir, "deployment.json");
  process.env.ISHONCH_OFFICIALS_URL = appUrl;
});

afterAll(async () => {
  await demoChain?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("signing in with Ethereum", () => {
  test("a signed message opens one session; sent again it is refused as replayed", async () => {
    const issuer = staff("DiplomaIssuer", /Milliy|National/i);
    const signed = await signedMessage(issuer.index);
    const first = await signIn(request("/api/session", { body: signed }));
    expect(first.status).toBe(200);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const info = (await first.json()) as { address: string; expiresAt: string };
    expect(info.address).toBe(issuer.address.toLowerCase());

    const again = await refusal(await signIn(request("/api/session", { body: signed })));
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({
      error: "replayed",
      message: expect.stringMatching(/already used/i),
    });

    // The session is there until signed out, then gone.
    const session = request("/api/session", { method: "GET", cookie: cookieOf(first) });
    expect((await currentSession(session)).status).toBe(200);
    await signOut(request("/api/session", { method: "DELETE", cookie: cookieOf(first) }));
    const after = request("/api/session", { method: "GET", cookie: cookieOf(first) });
    expect((await currentSession(after)).status).toBe(401);
  });

  test("an expired message, an unknown nonce, a bad signature and garbage are refused in words", async () => {
    const issuer = staff("DiplomaIssuer");
    const expired = await signedMessage(issuer.index, {
      expirationTime: new Date(Date.now() - 1_000),
    });
    const late = await refusal(await signIn(request("/api/session", { body: expired })));
    expect(late).toMatchObject({
      status: 401,
      body: { error: "expired", message: expect.stringMatching(/expired/i) },
    });

    const unknownNonce = await signedMessage(issuer.index, {
      nonce: "0123456789abcdef0123456789abcdef",
    });
    expect((await signIn(request("/api/session", { body: unknownNonce }))).status).toBe(401);

    const forged = await signedMessage(issuer.index);
    const other = await signedMessage(staff("DiplomaRevoker").index);
    const mismatched = await refusal(
      await signIn(
        request("/api/session", { body: { message: forged.message, signature: other.signature } }),
      ),
    );
    expect(mismatched).toMatchObject({ status: 401, body: { error: "badSignature" } });

    const garbage = await refusal(await signIn(request("/api/session", { rawBody: "{not json" })));
    expect(garbage).toMatchObject({ status: 400, body: { error: "malformed" } });
    const notSiwe = await refusal(
      await signIn(
        request("/api/session", { body: { message: "hello", signature: forged.signature } }),
      ),
    );
    expect(notSiwe).toMatchObject({ status: 400, body: { error: "badMessage" } });
  });
});

describe("diploma rows and copies", () => {
  test("no write without a session", async () => {
    const issuer = staff("DiplomaIssuer", /Milliy|National/i);
    const document = await issuedDiploma(issuer.index, issuer.orgId, "4000001");
    const response = await refusal(
      await storeDiplomas(request("/api/diplomas", { body: await copyBody([document]) })),
    );
    expect(response).toMatchObject({
      status: 401,
      body: { error: "noSession", message: "Sign in with your wallet first." },
    });
  });

  test("a session of another organization is refused; the issuer's own is accepted", async () => {
    const issuer = staff("DiplomaIssuer", /Milliy|National/i);
    const otherIssuer = demoChain.demo.accounts.find(
      (account) => account.role === "DiplomaIssuer" && account.orgId !== issuer.orgId,
    )!;
    const document = await issuedDiploma(issuer.index, issuer.orgId, "4000002");
    const body = await copyBody([document]);
    const foreign = await refusal(
      await storeDiplomas(
        request("/api/diplomas", { body, cookie: await sessionOf(otherIssuer.index) }),
      ),
    );
    expect(foreign).toMatchObject({ status: 403, body: { error: "notStaff" } });
    const searched = await refusal(
      await searchDiplomas(
        request("/api/diplomas/search", {
          body: { orgId: issuer.orgId, filters: {} },
          cookie: await sessionOf(otherIssuer.index),
        }),
      ),
    );
    expect(searched).toMatchObject({ status: 403, body: { error: "notStaff" } });

    const own = await storeDiplomas(
      request("/api/diplomas", { body, cookie: await sessionOf(issuer.index) }),
    );
    expect(own.status).toBe(200);
  });

  test("a copy of a diploma the organization did not issue on chain is refused", async () => {
    const issuer = staff("DiplomaIssuer", /Milliy|National/i);
    const cookie = await sessionOf(issuer.index);
    // Prepared for the issuer's organization and anchored like a real one, never sent to the chain.
    const real = await issuedDiploma(issuer.index, issuer.orgId, "4000004");
    const prepared = prepareDiploma(issuer.orgId, syntheticDiplomaFields("AU", "4000003"));
    const neverIssued = diplomaDocumentOf(prepared, {
      ...real.anchor,
      root: prepared.certificateHash,
      proof: [],
    });
    const refused = await refusal(
      await storeDiplomas(
        request("/api/diplomas", { body: await copyBody([neverIssued]), cookie }),
      ),
    );
    expect(refused).toMatchObject({ status: 409, body: { error: "notIssued" } });

    // A real diploma with a copy id no QR code can carry, or the same copy twice.
    const body = await copyBody([real]);
    const badId = {
      diplomas: [{ ...body.diplomas[0]!, copy: { ...body.diplomas[0]!.copy, id: "../x" } }],
    };
    expect((await storeDiplomas(request("/api/diplomas", { body: badId, cookie }))).status).toBe(
      400,
    );
    const twice = { diplomas: [body.diplomas[0]!, body.diplomas[0]!] };
    expect((await storeDiplomas(request("/api/diplomas", { body: twice, cookie }))).status).toBe(
      400,
    );
    const tooBig = await storeDiplomas(
      request("/api/diplomas", {
        rawBody: `{"diplomas":["${"x".repeat(41 * 1024 * 1024)}"]}`,
        cookie,
      }),
    );
    expect(tooBig.status).toBe(413);
  });
});

describe("sealed appeal documents and key wraps", () => {
  let appealId: number;
  let answer: SealedDocument;
  let appealCommitment: string;

  beforeAll(async () => {
    const officer = staff("AppealsOfficer");
    const agencyKey = {
      agencyId: officer.orgId,
      publicKey: devAgencyKeyPair(officer.orgId).publicKey,
    };
    const prepared = await prepareAppeal({
      appealType: "Complaint",
      agencyId: officer.orgId,
      agencyKey,
      text: "Synthetic appeal for the authorization test.",
      files: [],
    });
    const relayer = connectIshonch(
      demoChain.deployment,
      await relayerSignerFromEnv({}, demoChain.provider),
    );
    ({ id: appealId } = await fileAppeal(relayer, {
      agencyId: officer.orgId,
      appealType: "Complaint",
      contentCommitment: prepared.sealed.commitment,
      citizenKey: prepared.citizenKey,
    }));
    appealCommitment = prepared.sealed.commitment;
    const opened = await openAsAgency(
      prepared.sealed,
      officer.orgId,
      devAgencyKeyPair(officer.orgId).privateKey,
    );
    answer = await prepareAgencyDocument({
      kind: "answer",
      citizenPublicKey: opened.citizenPublicKey!,
      agencies: [agencyKey],
      text: "Synthetic answer.",
    });
  });

  test("no write without a session, nor from staff of another organization", async () => {
    const input = { appealId, sealed: answer, otherWraps: [] };
    expect(await storeAppealDocumentAs(undefined, "en", input)).toMatchObject({
      error: "noSession",
    });
    const outsider = cookieValue(await sessionOf(staff("DiplomaIssuer").index));
    expect(await storeAppealDocumentAs(outsider, "en", input)).toMatchObject({
      error: "notStaff",
      message: expect.stringMatching(/does not hold the needed role/i),
    });
    expect(
      await storeAppealDocumentAs(outsider, "en", { appealId: "1; DROP", sealed: 5 }),
    ).toMatchObject({
      error: "malformed",
    });
  });

  test("a document whose blob is not its commitment's is refused", async () => {
    const token = cookieValue(await sessionOf(staff("AppealsOfficer").index));
    const blob = new Uint8Array(answer.blob);
    blob[blob.length - 1] = blob[blob.length - 1]! ^ 1;
    const tampered = { appealId, sealed: { ...answer, blob }, otherWraps: [] };
    expect(await storeAppealDocumentAs(token, "en", tampered)).toMatchObject({
      error: "commitmentMismatch",
    });
  });

  test("a key wrap is never replaced: the citizen's stays the one stored first", async () => {
    const officer = staff("AppealsOfficer");
    const token = cookieValue(await sessionOf(officer.index));
    expect(
      await storeAppealDocumentAs(token, "en", { appealId, sealed: answer, otherWraps: [] }),
    ).toBeNull();
    // A retry of the same store is no change, and no refusal.
    expect(
      await storeAppealDocumentAs(token, "en", { appealId, sealed: answer, otherWraps: [] }),
    ).toBeNull();

    const citizenWrap = answer.wraps.find((wrap) => wrap.recipient === "citizen")!;
    const bogus = { ...citizenWrap, wrapped: `0x${"ab".repeat(93)}` };
    const replacing = {
      ...answer,
      wraps: answer.wraps.map((wrap) => (wrap === citizenWrap ? bogus : wrap)),
    };
    expect(
      await storeAppealDocumentAs(token, "en", { appealId, sealed: replacing, otherWraps: [] }),
    ).toMatchObject({
      error: "wrapExists",
      message: expect.stringMatching(/never replaced/i),
    });
    // Nor through the forwarding wraps, for the appeal's own readers.
    const throughForwarding = {
      appealId,
      sealed: answer,
      otherWraps: [{ commitment: appealCommitment, wrap: bogus }],
    };
    expect(await storeAppealDocumentAs(token, "en", throughForwarding)).toMatchObject({
      error: "wrapExists",
    });
    const otherHolder = {
      appealId,
      sealed: answer,
      otherWraps: [
        {
          commitment: appealCommitment,
          wrap: { recipient: agencyRecipient(officer.orgId), wrapped: bogus.wrapped },
        },
      ],
    };
    expect(await storeAppealDocumentAs(token, "en", otherHolder)).toMatchObject({
      error: "wrapExists",
    });

    const records = await openRecords(process.env.RECORDS_DATABASE_URL);
    try {
      const stored = await loadSealedDocument(records, answer.commitment);
      expect(stored?.wraps.filter((wrap) => wrap.recipient === "citizen")).toEqual([citizenWrap]);
    } finally {
      await closeRecords(records);
    }
  });
});

function cookieValue(cookie: string): string {
  return cookie.slice(cookie.indexOf("=") + 1);
}
