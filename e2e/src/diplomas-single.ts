// The officials app's single-diploma and correction forms as school staff see them (English
// UI), and the chain-side steps a test needs around them: a staff member given roles by the
// organization's administrator, an organization suspended by the council of agencies.
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import {
  grantStaffRole,
  parseDiplomaDocument,
  setOrganizationStatusCall,
  StaffRole,
  type DiplomaDocument,
  type DiplomaFieldName,
  type OrganizationStatusName,
  type StaffRoleName,
} from "@ishonch/sdk";
import { contractsOf } from "./chain";
import { carryOutThroughCouncil } from "./council";
import { OfficialsApp } from "./officials";
import type { PlatformInfo } from "./platform-info";
import type { TestWallet } from "./wallet";

/** A diploma as a person types it into the form: DD.MM.YYYY dates, a decimal comma. */
export type TypedDiploma = Record<DiplomaFieldName, string>;

/** A synthetic school graduate (an invented name with Uzbek letters and Cyrillic). */
export function typedGraduate(series: string, number: string): TypedDiploma {
  return {
    holderNameLatin: "Gulnora Toʻxtayeva",
    holderNameCyrillic: "Гульнора Тухтаева",
    dateOfBirth: "09.05.2008",
    studentId: `E2E-S-${number}`,
    faculty: "Umumiy oʻrta taʼlim",
    programme: "11-sinf",
    degreeLevel: "School",
    grade: "4,8",
    graduationDate: "25.06.2026",
    series,
    number,
  };
}

/** The diplomas page, connected as the node's account `index`. */
export async function openDiplomasPage(
  page: Page,
  wallet: TestWallet,
  platform: PlatformInfo,
  index: number,
): Promise<void> {
  const officialsUrl = platform.appUrls.officials;
  await wallet.useAccount(index);
  const officials = new OfficialsApp(page, officialsUrl, wallet);
  await officials.open();
  await page.goto(`${officialsUrl}/diplomas`);
  await officials.connectWallet();
  // Issuing stores the copies in the school's records: that needs a session.
  await officials.signIn();
}

/** A diploma form (issue one, or correct one): its fields, notices and outcome. */
class DiplomaForm {
  constructor(
    readonly page: Page,
    readonly region: Locator,
    private readonly testId: string,
  ) {}

  field(name: DiplomaFieldName): Locator {
    return this.region.getByTestId(`diploma-field-${name}`);
  }

  /** The problem shown next to a field. */
  fieldError(name: DiplomaFieldName): Locator {
    return this.region.getByTestId(`diploma-field-error-${name}`);
  }

  async fill(values: Partial<TypedDiploma>): Promise<void> {
    for (const [name, value] of Object.entries(values) as [DiplomaFieldName, string][]) {
      if (name === "degreeLevel") await this.field(name).selectOption(value);
      else await this.field(name).fill(value);
    }
  }

  /** The chain's reason, before signing, why the contract would refuse. */
  get roleNotice(): Locator {
    return this.region.getByTestId("diploma-role-notice");
  }

  /** The contract's (or wallet's) refusal in words. */
  get error(): Locator {
    return this.region.getByTestId(`${this.testId}-error`);
  }

  get result(): Locator {
    return this.region.getByTestId(`${this.testId}-result`);
  }

  /** Clicks "Download the document file" and reads the file the browser saved. */
  async downloadDocument(): Promise<DiplomaDocument> {
    const download = this.page.waitForEvent("download");
    await this.region.getByTestId("diploma-download-json").click();
    return parseDiplomaDocument(await readFile(await (await download).path(), "utf8"));
  }

  /** Clicks "Download the PDF" and returns its bytes and file name. */
  async downloadPdf(): Promise<{ name: string; bytes: Uint8Array }> {
    const download = this.page.waitForEvent("download");
    await this.region.getByTestId("diploma-download-pdf").click();
    const saved = await download;
    return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
  }
}

/** "Issue one diploma". */
export class SingleIssueForm extends DiplomaForm {
  constructor(page: Page) {
    super(page, page.getByRole("region", { name: "Issue one diploma" }), "diploma-single");
  }

  async chooseOrganization(orgId: number): Promise<void> {
    await this.region.getByLabel("Organization id").fill(String(orgId));
  }

  async sign(): Promise<void> {
    await this.region.getByRole("button", { name: "Sign and issue the diploma" }).click();
  }
}

/** "Correct a diploma". */
export class CorrectionForm extends DiplomaForm {
  constructor(page: Page) {
    super(page, page.getByRole("region", { name: "Correct a diploma" }), "diploma-correction");
  }

  async loadEarlier(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.region.getByLabel("The earlier diploma's document file (.json)").setInputFiles(file);
  }

  async sign(): Promise<void> {
    await this.region.getByRole("button", { name: "Sign the correction" }).click();
  }
}

/** Grants staff roles in an organization as its administrator (the node's account `adminIndex`). */
export async function grantRolesAsAdmin(
  platform: PlatformInfo,
  adminIndex: number,
  orgId: number,
  roles: readonly StaffRoleName[],
  account: `0x${string}`,
): Promise<void> {
  const { contracts, provider } = await contractsOf(platform, adminIndex);
  try {
    for (const role of roles) await grantStaffRole(contracts, orgId, StaffRole[role], account);
  } finally {
    provider.destroy();
  }
}

/** Sets an organization's status the only way the platform allows: through the council. */
export function setStatusThroughCouncil(
  platform: PlatformInfo,
  orgId: number,
  status: OrganizationStatusName,
): Promise<void> {
  const registry = platform.deployment.contracts.OrganizationRegistry;
  const call = setOrganizationStatusCall(registry, orgId, status);
  return carryOutThroughCouncil(platform, call, `${status}: ${orgId}`);
}
