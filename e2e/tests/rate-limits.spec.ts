// Issue 13, done-when 2 (the limits): more applications than the limit from one address are
// refused with a 429 in words and write nothing; bulk checks and sign-in nonces likewise.
// Each test speaks from its own loopback address (see ../src/http.ts), as a caller would
// from its own connection.
import { limitRules } from "@ishonch/records";
import { expect, test } from "../src/fixtures";
import { formBody, send } from "../src/http";
import { birthDateFor } from "../src/queue-citizen";
import { uniqueChildId } from "../src/queue-chain";
import { chilonzorQueue } from "../src/queue-demo";

const startDate = `${new Date().getUTCFullYear() + 1}-09-01`;

test("applications beyond one address's allowance are refused in words and write nothing", async ({
  platform,
  contracts,
}) => {
  test.setTimeout(180_000);
  const { district, kindergartens } = chilonzorQueue(platform);
  const apply = (from: string, locale: string, label: string) =>
    send(platform.appUrls.citizen, `/${locale}/queue/apply?district=${district}`, {
      method: "POST",
      from,
      ...formBody([
        ["district", String(district)],
        ["childId", uniqueChildId(label)],
        ["birthDate", birthDateFor(startDate, 30)],
        ["startDate", startDate],
        ["category", "0"],
        ["kindergarten", String(kindergartens[0])],
      ]),
    });

  const from = "127.0.0.21";
  let accepted = 0;
  let refused = null;
  // The count (20 a day) or the address's gas budget, whichever is spent first.
  for (let i = 0; i <= limitRules.queueApplication.points && refused === null; i++) {
    const before = await contracts.kindergartenQueue.applicationCount();
    const answer = await apply(from, "en", `L${i}`);
    if (answer.status === 429) {
      refused = answer;
      expect(await contracts.kindergartenQueue.applicationCount()).toBe(before);
    } else {
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('data-testid="queue-receipt"');
      expect(await contracts.kindergartenQueue.applicationCount()).toBe(before + 1n);
      accepted += 1;
    }
  }
  expect(refused, "an address is refused after its allowance").not.toBeNull();
  expect(accepted).toBeGreaterThanOrEqual(5);
  expect(Number(refused!.headers["retry-after"])).toBeGreaterThan(3600);
  expect(refused!.body).toMatch(/Try again in \d+ hours?/);
  expect(refused!.body).not.toContain('data-testid="queue-receipt"');

  // Refused again, in Uzbek; still nothing written.
  const before = await contracts.kindergartenQueue.applicationCount();
  const again = await apply(from, "uz", "LU");
  expect(again.status).toBe(429);
  expect(again.body).toMatch(/\d+ soatdan keyin qayta urinib koʻring/);
  expect(await contracts.kindergartenQueue.applicationCount()).toBe(before);

  // Another address still applies: the limit is the caller's, not the service's.
  const other = await apply("127.0.0.22", "en", "LO");
  expect(other.status).toBe(200);
  expect(other.body).toContain('data-testid="queue-receipt"');
});

test("bulk checks beyond one address's hourly allowance are refused in words", async ({
  platform,
}) => {
  const check = (from: string) =>
    send(platform.appUrls.citizen, "/api/certificates/numbers", {
      method: "POST",
      from,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "ru", numbers: [{ series: "AB", number: "0000001" }] }),
    });
  for (let i = 0; i < limitRules.bulkCheck.points; i++) {
    expect((await check("127.0.0.23")).status).toBe(200);
  }
  const refused = await check("127.0.0.23");
  expect(refused.status).toBe(429);
  expect(JSON.parse(refused.body)).toMatchObject({
    kind: "problem",
    problem: "limitReached",
    message: expect.stringMatching(/Повторите попытку через \d+ (минут|час)/),
  });
  expect((await check("127.0.0.24")).status).toBe(200);
});

test("sign-in nonces beyond one address's allowance are refused in words", async ({ platform }) => {
  const nonce = () =>
    send(platform.appUrls.officials, "/api/session/nonce", {
      method: "POST",
      from: "127.0.0.25",
      headers: { cookie: "ishonch-locale=en" },
    });
  for (let i = 0; i < limitRules.signIn.points; i++) expect((await nonce()).status).toBe(200);
  const refused = await nonce();
  expect(refused.status).toBe(429);
  expect(JSON.parse(refused.body)).toMatchObject({
    error: "limitReached",
    message: expect.stringMatching(/sign-in attempts .* Try again in \d+ minutes?\./),
  });
});
