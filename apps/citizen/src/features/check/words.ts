/** The independent check page: a re-count from the chain alone. */
import type { WordTree } from "@ishonch/i18n";

export const checkWords = {
  homeLink: { uz: "Mustaqil tekshiruv", ru: "Независимая проверка", en: "Independent check" },
  homeText: {
    uz: "Navbatdagi oʻrin, joy berilishi yoki murojaat muddatini zanjirdan qayta hisoblang",
    ru: "Пересчитайте место в очереди, выделение места или срок обращения по блокчейну",
    en: "Re-count a queue position, an allocation or an appeal's deadline from the chain",
  },
  title: { uz: "Mustaqil tekshiruv", ru: "Независимая проверка", en: "Independent check" },
  what: { uz: "Nimani tekshirish", ru: "Что проверить", en: "What to check" },
  application: {
    uz: "Ariza raqami (navbat)",
    ru: "Номер заявления (очередь)",
    en: "Application number (queue)",
  },
  offer: {
    uz: "Taklif raqami (joy berish)",
    ru: "Номер предложения (место)",
    en: "Offer number (allocation)",
  },
  appeal: {
    uz: "Murojaat raqami (muddat)",
    ru: "Номер обращения (срок)",
    en: "Appeal number (deadline)",
  },
  number: { uz: "Raqam", ru: "Номер", en: "Number" },
  check: { uz: "Tekshirish", ru: "Проверить", en: "Check" },
  source: {
    uz: "{block}-blokda zanjirda tekshirildi, operator bazasida emas",
    ru: "Проверено в блокчейне на блоке {block}, а не в базе оператора",
    en: "Checked on the chain at block {block}, not in the operator's database",
  },
  rpcUrl: { uz: "RPC manzili", ru: "Адрес RPC", en: "RPC URL" },
  contract: { uz: "Shartnoma", ru: "Контракт", en: "Contract" },
  kindergarten: { uz: "Bogʻcha", ru: "Детский сад", en: "Kindergarten" },
  reported: {
    uz: "Shartnoma boʻyicha oldinda",
    ru: "Впереди по контракту",
    en: "Ahead per the contract",
  },
  counted: { uz: "Qayta sanalgan", ru: "Пересчитано", en: "Re-counted" },
  positionAgrees: {
    uz: "Shartnomadagi oʻrin qayta sanash bilan mos keladi",
    ru: "Место по контракту совпадает с пересчётом",
    en: "The contract's position agrees with the re-count",
  },
  positionDiffers: {
    uz: "Shartnomadagi oʻrin qayta sanash bilan mos KELMAYDI",
    ru: "Место по контракту НЕ совпадает с пересчётом",
    en: "The contract's position DOES NOT agree with the re-count",
  },
  allocationFair: {
    uz: "Hech bir bola chetlab oʻtilmadi ({checked} ta tekshirildi)",
    ru: "Ни один ребёнок не пропущен (проверено: {checked})",
    en: "No child was skipped ({checked} checked)",
  },
  allocationUnfair: {
    uz: "{skipped} ta bola chetlab oʻtildi",
    ru: "Пропущено детей: {skipped}",
    en: "{skipped} children were skipped",
  },
  storedDeadline: { uz: "Saqlangan muddat", ru: "Сохранённый срок", en: "Stored deadline" },
  recomputedDeadline: {
    uz: "Qonun boʻyicha hisoblangan muddat",
    ru: "Срок по правилам закона",
    en: "Deadline by the law's rules",
  },
  overdue: { uz: "Muddati oʻtgan", ru: "Просрочено", en: "Overdue" },
  yes: { uz: "Ha", ru: "Да", en: "Yes" },
  no: { uz: "Yoʻq", ru: "Нет", en: "No" },
  deadlineAgrees: {
    uz: "Muddat qonun qoidalari bilan mos keladi",
    ru: "Срок совпадает с правилами закона",
    en: "The deadline agrees with the law's rules",
  },
  deadlineDiffers: {
    uz: "Muddat qonun qoidalari bilan mos KELMAYDI",
    ru: "Срок НЕ совпадает с правилами закона",
    en: "The deadline DOES NOT agree with the law's rules",
  },
  notANumber: {
    uz: "Musbat butun son kiriting",
    ru: "Введите целое положительное число",
    en: "Enter a whole positive number",
  },
  unknownKind: {
    uz: "Nimani tekshirishni tanlang",
    ru: "Выберите, что проверить",
    en: "Choose what to check",
  },
  contractsTitle: {
    uz: "Bu sayt kengash tasdiqlagan shartnomalardan foydalanadimi?",
    ru: "Использует ли сайт контракты, утверждённые советом?",
    en: "Does this site use the contracts the council approved?",
  },
  contractsText: {
    uz: "Sayt sozlangan har bir shartnoma manzili agentliklar kengashining katalogidagi joriy manzil bilan solishtiriladi.",
    ru: "Каждый адрес контракта, на который настроен сайт, сравнивается с текущим адресом в каталоге совета агентств.",
    en: "Every contract address this site is configured with is compared with the current one in the council of agencies' directory.",
  },
  contractsCheck: {
    uz: "Shartnomalarni tekshirish",
    ru: "Проверить контракты",
    en: "Check the contracts",
  },
  contractsAgree: {
    uz: "Barcha shartnomalar kengash katalogidagi joriy shartnomalar bilan mos keladi",
    ru: "Все контракты совпадают с текущими в каталоге совета",
    en: "Every contract is the current one in the council's directory",
  },
  contractsDiffer: {
    uz: "{count} ta shartnoma kengash katalogi bilan mos KELMAYDI",
    ru: "Не совпадают с каталогом совета контрактов: {count}",
    en: "{count} contract(s) DO NOT match the council's directory",
  },
  directoryAddress: { uz: "Kengash katalogi", ru: "Каталог совета", en: "Council's directory" },
  service: { uz: "Xizmat", ru: "Служба", en: "Service" },
  configured: { uz: "Saytda", ru: "На сайте", en: "On this site" },
  inDirectory: { uz: "Katalogda", ru: "В каталоге", en: "In the directory" },
  notConfigured: { uz: "koʻrsatilmagan", ru: "не указан", en: "not set" },
  chainUnavailable: {
    uz: "Zanjir tuguni javob bermayapti",
    ru: "Узел блокчейна не отвечает",
    en: "The chain's node does not answer",
  },
} satisfies WordTree;
