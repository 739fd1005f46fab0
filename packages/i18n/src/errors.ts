import type { IshonchError, IshonchErrorCode } from "@ishonch/sdk";
import { format, type Locale, type Words } from "./locales.ts";

const notAllowed: Words = {
  uz: "Sizning hisobingizga bu amalni bajarishga ruxsat berilmagan.",
  ru: "Вашей учётной записи не разрешено это действие.",
  en: "Your account is not allowed to do this.",
};
const councilProcedure: Words = {
  uz: "Bu amal kengash tartibi boʻyicha hali bajarilishi mumkin emas.",
  ru: "Это действие пока нельзя выполнить по процедуре совета.",
  en: "This action cannot be carried out yet under the council's procedure.",
};
const platformFault: Words = {
  uz: "Platformada ichki xatolik yuz berdi. Keyinroq qayta urinib koʻring.",
  ru: "Внутренняя ошибка платформы. Попробуйте позже.",
  en: "The platform hit an internal fault. Please try again later.",
};

/**
 * Words for every error code the SDK can report. Typed as a complete record, so a new
 * contract error cannot ship without its words in all three languages.
 */
const errorWords: Record<IshonchErrorCode, Words> = {
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
  AccessManagedUnauthorized: notAllowed,
  AccessManagerUnauthorizedAccount: notAllowed,
  AccessManagerUnauthorizedCall: notAllowed,
  AccessManagerUnauthorizedCancel: notAllowed,
  AccessManagerUnauthorizedConsume: notAllowed,
  AccessManagerLockedRole: notAllowed,
  AccessManagerLockedFunction: notAllowed,
  AccessManagedRequiredDelay: councilProcedure,
  AccessManagerAlreadyScheduled: councilProcedure,
  AccessManagerNotScheduled: councilProcedure,
  AccessManagerNotReady: councilProcedure,
  AccessManagerExpired: councilProcedure,
  AccessManagerBadConfirmation: councilProcedure,
  AccessManagerInvalidInitialAdmin: platformFault,
  AccessManagedInvalidAuthority: platformFault,
  AddressEmptyCode: platformFault,
  FailedCall: platformFault,
  InsufficientBalance: platformFault,
  SafeCastOverflowedUintDowncast: platformFault,
  UserRejected: {
    uz: "Siz hamyonda imzolashni rad etdingiz. Hech narsa yozilmadi.",
    ru: "Вы отклонили подпись в кошельке. Ничего не записано.",
    en: "You declined to sign in your wallet. Nothing was written.",
  },
  WrongNetwork: {
    uz: "Hamyon boshqa tarmoqqa ulangan. Ishonch tarmogʻiga oʻting.",
    ru: "Кошелёк подключён к другой сети. Переключитесь на сеть Ishonch.",
    en: "Your wallet is on another network. Switch to the Ishonch network.",
  },
  NetworkError: {
    uz: "Blokcheyn tuguniga ulanib boʻlmadi. Birozdan soʻng qayta urinib koʻring.",
    ru: "Не удалось связаться с узлом блокчейна. Повторите попытку чуть позже.",
    en: "The blockchain node could not be reached. Please try again shortly.",
  },
  InsufficientFunds: {
    uz: "Hisobda tranzaksiya uchun mablagʻ yetarli emas.",
    ru: "На счёте недостаточно средств для транзакции.",
    en: "The account cannot pay for this transaction.",
  },
  Reverted: {
    uz: "Shartnoma amalni rad etdi.",
    ru: "Контракт отклонил действие.",
    en: "The contract refused the action.",
  },
  Unknown: {
    uz: "Kutilmagan xatolik. Hech narsa oʻzgarmagan boʻlishi mumkin; holatni tekshiring.",
    ru: "Непредвиденная ошибка. Проверьте состояние: изменений могло не быть.",
    en: "Something unexpected happened. Check the current state: nothing may have changed.",
  },
};

/** A user-facing sentence for an SDK error (or its code), never hex. */
export function errorMessage(locale: Locale, error: IshonchError | IshonchErrorCode): string {
  const code = typeof error === "string" ? error : error.code;
  const args = typeof error === "string" ? {} : error.args;
  return format((errorWords[code] ?? errorWords.Unknown)[locale], args);
}
