// Issue 4, done-when 1: a parent applies for three kindergartens in the citizen app and
// sees the position in each; the district's officer approves another child's priority
// claim and the parent's position changes; two released seats go to the first two
// children; one declines and the seat passes on; the parent accepts and is enrolled; the
// fairness page of that allocation and the officers' audit show no child skipped.
import { getQueueApplication, isQueueRelayer } from "@ishonch/sdk";
import { expect, test } from "../src/fixtures";
import { QueueCitizen } from "../src/queue-citizen";
import { applyOtherChild, contractsOf, declineAsParent, uniqueChildId } from "../src/queue-chain";
import { QueueOfficials } from "../src/queue-officials";
import { chilonzorQueue, districtAdmin, queueOfficer, testRelayer } from "../src/queue-demo";

test("a parent's place moves with a priority approval, and a declined seat passes to them", async ({
  page,
  wallet,
  platform,
  contracts,
}) => {
  test.setTimeout(240_000);
  const { district, kindergartens, ageGroup } = chilonzorQueue(platform);
  const [k1, k2, k3] = kindergartens;
  const relayerAccount = wallet.accountAt(testRelayer);
  const { contracts: relayer, provider } = await contractsOf(platform, testRelayer);
  const officials = new QueueOfficials(page, platform.appUrls.officials, wallet);
  const citizen = new QueueCitizen(page, platform.appUrls.citizen);

  // The district's administrator names the test's relayer (it stands in for other parents).
  await wallet.useAccount(districtAdmin);
  await officials.open(district);
  await officials.allowRelayer(relayerAccount);
  await expect(officials.relayerForm.getByRole("status")).toContainText(
    `may now submit applications for district ${district}`,
  );
  expect(await isQueueRelayer(contracts, district, relayerAccount)).toBe(true);

  // One child applied before our parent; one with a priority claim applies after.
  const first = await applyOtherChild(relayer, {
    district,
    ageGroup,
    kindergartens: [k1],
    claimedCategory: 0,
  });
  const parent = await citizen.apply({
    district,
    childId: uniqueChildId("P"),
    ageInMonths: 30,
    kindergartens: [k1, k2, k3],
  });
  const priority = await applyOtherChild(relayer, {
    district,
    ageGroup,
    kindergartens: [k1],
    claimedCategory: 1,
  });
  await citizen.openPosition(parent.application);
  expect(await citizen.aheadIn([k1, k2, k3])).toEqual([1, 0, 0]);

  // The district's queue officer approves the later child's claim: it moves ahead.
  await wallet.useAccount(queueOfficer);
  await officials.open(district);
  await expect(officials.seatsRow(k1, ageGroup).getByTestId("waiting")).toHaveText("3");
  await officials.afterIndexing(() =>
    expect(officials.claim(priority.application)).toBeVisible({ timeout: 1000 }),
  );
  await officials.decideClaim(priority.application, "Documents verified", true);
  await expect(officials.claim(priority.application)).toHaveCount(0);
  expect((await getQueueApplication(contracts, priority.application)).claimStatus).toBe("Approved");
  await citizen.openPosition(parent.application);
  expect(await citizen.aheadIn([k1, k2, k3])).toEqual([2, 0, 0]);

  // Two seats: the priority child first, then the first child; the parent still waits.
  await officials.open(district);
  await officials.releaseSeats(k1, ageGroup, 2);
  const released = await officials.releasedOffers();
  expect(released.map((offer) => offer.application)).toEqual([
    priority.application,
    first.application,
  ]);
  await expect(officials.seatsRow(k1, ageGroup).getByTestId("offered")).toHaveText("2");
  await citizen.openPosition(parent.application);
  expect(await citizen.aheadIn([k1])).toEqual([0]);

  // The first child's parent declines: the seat passes to our parent at once, and the
  // officers' allocations list shows both.
  await declineAsParent(relayer, first, released[1]!.offerId);
  await officials.open(district);
  await officials.afterIndexing(async () => {
    const declined = officials.offerRow(released[1]!.offerId);
    const passedOn = officials.offerRow(released[1]!.offerId + 1);
    await expect(declined.getByTestId("offer-status")).toHaveText("Declined", { timeout: 1000 });
    await expect(passedOn.getByTestId("offer-application")).toHaveText(String(parent.application), {
      timeout: 1000,
    });
  });
  await citizen.openPosition(parent.application);
  const offer = citizen.offerIn(k1);
  await expect(offer).toHaveAttribute("data-status", "Pending");
  const offerId = Number(await offer.getAttribute("data-offer"));

  // The parent accepts with the secret and is enrolled; the other queues let the child go.
  await citizen.answerOffer(offerId, parent.secret, "Accept");
  await expect(page.getByTestId("queue-action-done")).toBeVisible();
  await expect(page.getByTestId("queue-application-status")).toHaveAttribute(
    "data-status",
    "Enrolled",
  );
  expect(await getQueueApplication(contracts, parent.application)).toMatchObject({
    status: "Enrolled",
    enrolledIn: k1,
  });

  // Anyone can check the allocation: every child ahead had been offered a seat earlier.
  await citizen.openFairness(offerId);
  await expect(page.getByTestId("queue-fairness-verdict")).toHaveAttribute("data-fair", "true");
  await expect(page.locator('[data-standing="Skipped"]')).toHaveCount(0);
  await expect(page.locator('[data-standing="OfferedEarlier"]')).toHaveCount(2);

  await officials.openAudit(k1, ageGroup);
  await expect(page.getByTestId("audit-verdict")).toContainText(/no child skipped/i);
  await expect(
    page.getByTestId(`audit-${parent.application}`).getByTestId("audit-status"),
  ).toHaveText("Enrolled");
  await expect(page.getByTestId("audit-check").filter({ hasNotText: "OK" })).toHaveCount(0);
  provider.destroy();
});
