/** The wallet panel's words, and what every signed write says while and after it runs. */
import type { WordTree } from "@ishonch/i18n";

export const walletWords = {
  panel: {
    heading: { uz: "Hamyon", ru: "Кошелёк", en: "Wallet" },
    discovered: {
      uz: "Bu brauzerda topilgan hamyonlar",
      ru: "Кошельки, найденные в этом браузере",
      en: "Wallets found in this browser",
    },
    none: {
      uz: "Brauzer hamyoni topilmadi. Hamyon kengaytmasini yoqing va sahifani qayta yuklang.",
      ru: "Кошелёк браузера не найден. Включите расширение кошелька и перезагрузите страницу.",
      en: "No browser wallet found. Enable a wallet extension and reload the page.",
    },
    connect: { uz: "{name} hamyonini ulash", ru: "Подключить {name}", en: "Connect {name}" },
    connecting: { uz: "Ulanmoqda…", ru: "Подключение…", en: "Connecting…" },
    disconnect: { uz: "Uzish", ru: "Отключить", en: "Disconnect" },
    account: { uz: "Ulangan hisob", ru: "Подключённый счёт", en: "Connected account" },
    network: { uz: "Tarmoq", ru: "Сеть", en: "Network" },
    networkOk: {
      uz: "Ishonch (zanjir {chainId})",
      ru: "Ishonch (сеть {chainId})",
      en: "Ishonch (chain {chainId})",
    },
    wrongNetwork: {
      uz: "Notoʻgʻri tarmoq: Ishonch tarmogʻiga oʻting (zanjir {chainId})",
      ru: "Неверная сеть: переключитесь на Ishonch (сеть {chainId})",
      en: "Wrong network: switch to Ishonch (chain {chainId})",
    },
    currentChain: {
      uz: "Hamyoningiz {chainId} zanjirida. Oʻtmaguningizcha hech narsa yuborilmaydi.",
      ru: "Кошелёк подключён к сети {chainId}. Ничего не будет отправлено до переключения.",
      en: "Your wallet is on chain {chainId}. Nothing will be sent until you switch.",
    },
    switchNetwork: {
      uz: "Ishonch tarmogʻiga oʻtish",
      ru: "Переключиться на Ishonch",
      en: "Switch to Ishonch",
    },
    switching: { uz: "Oʻtilmoqda…", ru: "Переключение…", en: "Switching…" },
  },
  write: {
    connectFirst: {
      uz: "Avval hamyonni ulang.",
      ru: "Сначала подключите кошелёк.",
      en: "Connect a wallet first.",
    },
    signing: {
      uz: "Tranzaksiyani hamyoningizda tasdiqlang…",
      ru: "Подтвердите транзакцию в кошельке…",
      en: "Confirm the transaction in your wallet…",
    },
    waitingIndex: {
      uz: "Indeks {block}-blokka yetishi kutilmoqda…",
      ru: "Ожидание, пока индекс дойдёт до блока {block}…",
      en: "Waiting for the index to reach block {block}…",
    },
    indexCaughtUp: {
      uz: "Quyidagi roʻyxatlar yangilandi.",
      ru: "Списки ниже обновлены.",
      en: "The lists below are up to date.",
    },
    indexSlow: {
      uz: "Indeks hali {block}-blokka yetmadi; oʻzgarish roʻyxatlarda keyinroq koʻrinadi.",
      ru: "Индекс ещё не дошёл до блока {block}; изменение появится в списках позже.",
      en: "The index has not reached block {block} yet; the lists will show the change later.",
    },
    transaction: { uz: "Tranzaksiya", ru: "Транзакция", en: "Transaction" },
    block: { uz: "{block}-blok", ru: "блок {block}", en: "block {block}" },
  },
} satisfies WordTree;
