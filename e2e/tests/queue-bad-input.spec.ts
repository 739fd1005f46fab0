// Issue 4, done-when 3, where it is a page: an unknown application number, a wrong secret,
// a second application for the same child, four preferences, a kindergarten without the
// child's age group, more seats than a group's capacity and an expired offer each get a
// clear message, and the chain shows that nothing was written.
import {
  getQueueApplication,
  getQueueCounters,
  getQueueOffer,
  setGroupCapacity,
} from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { advanceChainTime } from "../src/chain";
import { contractsOf, uniqueChildId } from "../src/queue-chain";
import { QueueCitizen } from "../src/queue-citizen";
import { chilonzorQueue, queueOfficer } from "../src/queue-demo";
import { QueueOfficials } from "../src/queue-officials";

/** 6-7 years: seats in the demo data, but no applications there. */
const ageGroup = 4;
const ageInMonths = 78;
/** Longer than the 15-day offer period. */
const sixteenDays = 16 * 24 * 60 * 60;

test("a parent's unknown number, wrong secret and second application are refused in words", async ({
  page,
  platform,
  contracts,
}) => {
  const { district, kindergartens } = chilonzorQueue(platform, ageGroup);
  const citizen = new QueueCitizen(page, platform.appUrls.citizen);

  await citizen.openPosition(9_999_999);
  await expect(citizen.error).toContainText("There is no application No. 9999999");

  const childId = uniqueChildId("TWICE");
  const request = { district, childId, ageInMonths, kindergartens: [kindergartens[1]] };
  const receipt = await citizen.apply(request);
  const count = await contracts.kindergartenQueue.applicationCount();
  await citizen.submitApplication({ ...request, kindergartens: [kindergartens[2]] });
  await expect(citizen.error).toContainText(
    `already has an active application in this district (No. ${receipt.application})`,
  );
  await expect(citizen.error).toContainText("Nothing was written to the chain.");
  expect(await contracts.kindergartenQueue.applicationCount()).toBe(count);

  // A secret of the right shape that is not this parent's.
  await citizen.openPosition(receipt.application);
  const withdraw = page.getByTestId("queue-withdraw-form");
  await withdraw.getByTestId("queue-withdraw-secret").fill("ABCD-EFGH-JKMN-PQRS-TVWX");
  await withdraw.getByTestId("queue-withdraw").click();
  await expect(citizen.error).toContainText(
    `does not match application No. ${receipt.application}`,
  );
  expect(await getQueueApplication(contracts, receipt.application)).toMatchObject({
    status: "Active",
    nonce: 0,
  });
});

test("four choices and a kindergarten without the child's age group are refused in words", async ({
  page,
  platform,
  contracts,
}) => {
  const { district, kindergartens } = chilonzorQueue(platform, ageGroup);
  const citizen = new QueueCitizen(page, platform.appUrls.citizen);
  const count = await contracts.kindergartenQueue.applicationCount();

  // The form offers three choices; a hand-made request names all four kindergartens.
  await citizen.postApplication({
    district,
    childId: uniqueChildId("FOUR"),
    ageInMonths,
    kindergartens: [...kindergartens],
  });
  await expect(citizen.error).toContainText("Choose from 1 to 3 kindergartens (you chose 4)");
  await expect(citizen.error).toContainText("Nothing was written to the chain.");
  expect(await contracts.kindergartenQueue.applicationCount()).toBe(count);

  // The district closes the first kindergarten's 6-7 group; a parent still picks it second.
  const closed = kindergartens[0];
  const { contracts: officer, provider } = await contractsOf(platform, queueOfficer);
  await setGroupCapacity(officer, closed, ageGroup, 0);
  provider.destroy();
  await citizen.submitApplication({
    district,
    childId: uniqueChildId("NOGROUP"),
    ageInMonths,
    kindergartens: [kindergartens[2], closed],
  });
  await expect(citizen.error).toContainText(
    `The chosen kindergarten (${closed}) has no places for this age group`,
  );
  await expect(citizen.error).toContainText("Nothing was written to the chain.");
  expect(await contracts.kindergartenQueue.applicationCount()).toBe(count);
});

test("too many seats are refused; an expired offer cannot be accepted and passes on", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  test.setTimeout(120_000);
  const { district, kindergartens } = chilonzorQueue(platform, ageGroup);
  const kindergarten = kindergartens[3];
  const citizen = new QueueCitizen(page, platform.appUrls.citizen);
  const officials = new QueueOfficials(page, platform.appUrls.officials, wallet);
  const parent = await citizen.apply({
    district,
    childId: uniqueChildId("LATE"),
    ageInMonths,
    kindergartens: [kindergarten],
  });

  await wallet.useAccount(queueOfficer);
  await officials.open(district);
  const before = await getQueueCounters(contracts, kindergarten, ageGroup);
  await officials.releaseSeats(kindergarten, ageGroup, before.capacity + 1);
  await expect(officials.releaseForm.getByRole("alert")).toContainText(
    `Places to release: ${before.capacity + 1}; this group allows at most ${before.capacity}`,
  );
  expect(wallet.sentTransactions).toEqual([]);
  expect(await getQueueCounters(contracts, kindergarten, ageGroup)).toEqual(before);

  await officials.releaseSeats(kindergarten, ageGroup, 1);
  const [offer] = await officials.releasedOffers();
  expect(offer?.application).toBe(parent.application);

  // Sixteen days pass on the chain: the parent's answer comes too late.
  await advanceChainTime(platform.rpcUrl, sixteenDays);
  await citizen.openPosition(parent.application);
  await citizen.answerOffer(offer!.offerId, parent.secret, "Accept");
  await expect(citizen.error).toContainText("The time to answer this offer has run out");
  await expect(citizen.error).toContainText("Nothing was written to the chain.");
  expect((await getQueueOffer(contracts, offer!.offerId)).status).toBe("Pending");
  expect((await getQueueApplication(contracts, parent.application)).status).toBe("Active");

  // Anyone, here the officer, passes the expired offer on.
  await officials.open(district);
  const row = officials.offerRow(offer!.offerId);
  await row.getByRole("button", { name: /pass on expired offer/i }).click();
  await expect(row.getByRole("status")).toContainText(
    `Offer ${offer!.offerId} passed to the next child`,
  );
  expect((await getQueueOffer(contracts, offer!.offerId)).status).toBe("Expired");
});
