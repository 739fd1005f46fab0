import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/** Errors of IshonchDirectory, read by council members proposing or executing an upgrade. */
export const directoryErrorWords = {
  ZeroServiceContract: {
    uz: "Xizmatning yangi shartnoma manzili boʻsh.",
    ru: "Адрес нового контракта службы пуст.",
    en: "The service's new contract address is empty.",
  },
  NoContractCode: {
    uz: "Bu manzilda shartnoma yoʻq: avval yangi versiyani joylashtiring.",
    ru: "По этому адресу нет контракта: сначала разверните новую версию.",
    en: "There is no contract at this address: deploy the new version first.",
  },
  AlreadyCurrentContract: {
    uz: "Bu manzil allaqachon xizmatning joriy shartnomasi.",
    ru: "Этот адрес уже является текущим контрактом службы.",
    en: "This address already is the service's current contract.",
  },
  UnknownService: {
    uz: "Bunday xizmat katalogda roʻyxatdan oʻtmagan.",
    ru: "Такая служба не зарегистрирована в каталоге.",
    en: "No such service is registered in the directory.",
  },
  VersionOutOfRange: {
    uz: "Xizmatda {count} ta versiya bor: {index}-versiya yoʻq.",
    ru: "Число версий службы: {count}; версии с номером {index} нет.",
    en: "The service has {count} versions: there is no version at {index}.",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
