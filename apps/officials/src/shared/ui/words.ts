/** Words every officials page shares: the app's name, the language switch, forms, the index and chain badges. */
import type { WordTree } from "@ishonch/i18n";

export const sharedWords = {
  meta: {
    title: {
      uz: "Ishonch — mansabdorlar uchun",
      ru: "Ishonch — для должностных лиц",
      en: "Ishonch — officials",
    },
    description: {
      uz: "Ishonch davlat xizmatlari tarmogʻidagi tashkilotlar va xodimlar rollari",
      ru: "Организации и роли сотрудников в сети государственных услуг Ishonch",
      en: "Organizations and staff roles of the Ishonch public-services network",
    },
  },
  language: { uz: "Til", ru: "Язык", en: "Language" },
  deployment: {
    missing: {
      uz: "Platforma hali oʻrnatilmagan: joylashtirish fayli oʻqilmadi.",
      ru: "Платформа ещё не развёрнута: не удалось прочитать файл развёртывания.",
      en: "The platform is not deployed yet: the deployment file could not be read.",
    },
    detail: { uz: "Fayl: {path}", ru: "Файл: {path}", en: "File: {path}" },
  },
  form: {
    choose: { uz: "Tanlang…", ru: "Выберите…", en: "Choose…" },
  },
  validation: {
    organizationRequired: {
      uz: "Tashkilotni tanlang.",
      ru: "Выберите организацию.",
      en: "Choose an organization.",
    },
    accountRequired: {
      uz: "Hisob manzilini kiriting.",
      ru: "Введите адрес счёта.",
      en: "Enter the account address.",
    },
    accountInvalid: {
      uz: "Bu hisob manzili emas: 0x va undan keyin 40 ta oʻn oltilik belgi boʻlishi kerak.",
      ru: "Это не адрес счёта: нужно 0x и 40 шестнадцатеричных символов.",
      en: "This is not an account address: 0x followed by 40 hexadecimal characters.",
    },
    accountChecksum: {
      uz: "Manzildagi katta-kichik harflar nazorat yigʻindisiga mos kelmaydi: xatoni tekshiring.",
      ru: "Регистр букв в адресе не совпадает с контрольной суммой: проверьте, нет ли опечатки.",
      en: "The address has mixed case that does not match its checksum: check it for a typo.",
    },
    accountZero: {
      uz: "Nol manzil rolga ega boʻla olmaydi.",
      ru: "Нулевой адрес не может получить роль.",
      en: "The zero address cannot hold a role.",
    },
    choiceRequired: {
      uz: "Roʻyxatdan qiymat tanlang.",
      ru: "Выберите значение из списка.",
      en: "Choose a value from the list.",
    },
  },
  index: {
    badge: { uz: "Indeksdan", ru: "Из индекса", en: "From the index" },
    source: {
      uz: "Indeksdan ({block}-blokkacha)",
      ru: "Из индекса (до блока {block})",
      en: "From the index (up to block {block})",
    },
    sourceEmpty: {
      uz: "Indeksdan (hali hech narsa indekslanmagan)",
      ru: "Из индекса (пока ничего не проиндексировано)",
      en: "From the index (nothing indexed yet)",
    },
    unavailable: {
      uz: "Indeks hozir mavjud emas; roʻyxatlarni koʻrsatib boʻlmaydi.",
      ru: "Индекс сейчас недоступен; списки показать нельзя.",
      en: "The index is not available right now; lists cannot be shown.",
    },
  },
  chain: {
    source: { uz: "Blokcheyndan oʻqildi", ru: "Прочитано из блокчейна", en: "Read from the chain" },
    loading: {
      uz: "Blokcheyndan oʻqilmoqda…",
      ru: "Чтение из блокчейна…",
      en: "Reading from the chain…",
    },
    atBlock: {
      uz: "{block}-blok holatiga koʻra",
      ru: "По состоянию на блок {block}",
      en: "As of block {block}",
    },
  },
} satisfies WordTree;
