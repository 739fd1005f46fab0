import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

// Errors of OpenZeppelin's AccessManager and AccessManaged (declared by every contract the
// access manager guards), of OpenZeppelin's helper libraries, and the SDK's generic codes.

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

export const accessErrorWords = {
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
  // ShortStrings, used by EIP712's constructor: a deployment fault, never a user's.
  InvalidShortString: platformFault,
  StringTooLong: platformFault,
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
} satisfies Partial<Record<IshonchErrorCode, Words>>;
