import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/** Errors of OrganizationRegistry: accreditation of organizations and their staff roles. */
export const organizationErrorWords = {
  EmptyOrganizationName: {
    uz: "Tashkilot nomini kiriting.",
    ru: "Введите название организации.",
    en: "Enter the organization's name.",
  },
  OrganizationNameTooLong: {
    uz: "Nom juda uzun: {length} bayt, koʻpi bilan {maxLength} bayt boʻlishi mumkin.",
    ru: "Название слишком длинное: {length} байт, допускается не более {maxLength}.",
    en: "The name is too long: {length} bytes, at most {maxLength} are allowed.",
  },
  UnknownOrganization: {
    uz: "{id} raqamli tashkilot roʻyxatda yoʻq.",
    ru: "Организации с номером {id} нет в реестре.",
    en: "There is no organization number {id} in the registry.",
  },
  UnknownParentOrganization: {
    uz: "Yuqori tashkilot ({parentId}) roʻyxatda yoʻq.",
    ru: "Вышестоящей организации ({parentId}) нет в реестре.",
    en: "The parent organization ({parentId}) is not in the registry.",
  },
  // CertificateRegistry declares this error too (same selector, argument `orgId`); the SDK
  // decodes it with OrganizationRegistry's ABI, so the argument arrives as `id`.
  OrganizationNotActive: {
    uz: "Tashkilot ({id}) faoliyati toʻxtatilgan: unga xodim tayinlab boʻlmaydi.",
    ru: "Деятельность организации ({id}) приостановлена: назначать сотрудников нельзя.",
    en: "Organization {id} is suspended: no staff can be appointed to it.",
  },
  OrganizationStatusUnchanged: {
    uz: "Tashkilot allaqachon shu holatda.",
    ru: "Организация уже в этом состоянии.",
    en: "The organization already has this status.",
  },
  InvalidOrganizationStatus: {
    uz: "Bunday holat mavjud emas.",
    ru: "Такого состояния нет.",
    en: "There is no such status.",
  },
  ZeroAccount: {
    uz: "Hisob manzili boʻsh.",
    ru: "Адрес учётной записи пуст.",
    en: "The account address is empty.",
  },
  StaffRoleAlreadyGranted: {
    uz: "Bu hisobda bu lavozim allaqachon bor.",
    ru: "У этой учётной записи уже есть эта роль.",
    en: "This account already holds this role.",
  },
  StaffRoleNotGranted: {
    uz: "Bu hisobda bu lavozim yoʻq.",
    ru: "У этой учётной записи нет этой роли.",
    en: "This account does not hold this role.",
  },
  OrganizationAdminNeedsRegistrar: {
    uz: "Tashkilot administratorini faqat vazirlik registratori tayinlaydi.",
    ru: "Администратора организации назначает только регистратор министерства.",
    en: "Only the ministry's registrar appoints an organization's admin.",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
