import type { IshonchErrorCode } from "@ishonch/sdk";
import type { Words } from "../locales.ts";

/** Errors of IshonchCouncil, read by the agencies' council members. */
export const councilErrorWords = {
  NotCouncilMember: {
    uz: "Bu hisob agentliklar kengashi aʼzosi emas.",
    ru: "Эта учётная запись не входит в совет агентств.",
    en: "This account is not a member of the council of agencies.",
  },
  AlreadyCouncilMember: {
    uz: "Bu hisob allaqachon kengash aʼzosi.",
    ru: "Эта учётная запись уже входит в совет.",
    en: "This account is already a member of the council.",
  },
  ZeroMember: {
    uz: "Kengash aʼzosining manzili boʻsh.",
    ru: "Адрес члена совета пуст.",
    en: "The council member's address is empty.",
  },
  TooManyMembers: {
    uz: "Kengashda {count} aʼzo boʻlib qoladi: bu ruxsat etilganidan koʻp.",
    ru: "В совете стало бы {count} членов: это больше допустимого.",
    en: "The council would have {count} members, more than allowed.",
  },
  InvalidThreshold: {
    uz: "{memberCount} aʼzodan {threshold} ta tasdiq soʻrab boʻlmaydi.",
    ru: "Нельзя требовать {threshold} одобрений от {memberCount} членов.",
    en: "{threshold} approvals cannot be required of {memberCount} members.",
  },
  UnknownProposal: {
    uz: "{id} raqamli taklif yoʻq.",
    ru: "Предложения № {id} нет.",
    en: "There is no proposal number {id}.",
  },
  UnexpectedProposalState: {
    uz: "{id}-taklif bu bosqichda emas: holatini yangilab, qayta koʻring.",
    ru: "Предложение № {id} не на этом этапе: обновите страницу и проверьте его состояние.",
    en: "Proposal {id} is not at this step: refresh and check its state.",
  },
  AlreadyApproved: {
    uz: "Siz {id}-taklifni allaqachon tasdiqlagansiz.",
    ru: "Вы уже одобрили предложение № {id}.",
    en: "You have already approved proposal {id}.",
  },
  AlreadyVetoed: {
    uz: "Siz {id}-taklifga allaqachon veto qoʻygansiz.",
    ru: "Вы уже наложили вето на предложение № {id}.",
    en: "You have already vetoed proposal {id}.",
  },
  DuplicateProposal: {
    uz: "Xuddi shu amal {id}-taklif sifatida allaqachon koʻrib chiqilmoqda: yangisini ochmasdan, oʻshani tasdiqlang yoki unga veto qoʻying.",
    ru: "То же действие уже рассматривается как предложение № {id}: одобрите его или наложите вето, не создавая нового.",
    en: "The same action is already open as proposal {id}: approve or veto that one instead of proposing it again.",
  },
  ProposalNotReady: {
    uz: "{id}-taklifning ochiq kutish muddati hali tugamagan.",
    ru: "Публичный срок ожидания предложения № {id} ещё не истёк.",
    en: "The public waiting period of proposal {id} has not ended yet.",
  },
  MissingSelector: {
    uz: "Taklifda bajariladigan amal koʻrsatilmagan.",
    ru: "В предложении не указано действие.",
    en: "The proposal names no action to carry out.",
  },
  CallWithoutDelay: {
    uz: "Kengash bu amalni ochiq kutish muddatisiz bajara olmaydi, shuning uchun uni taklif qilib boʻlmaydi.",
    ru: "Совет не может выполнить это действие без публичного срока ожидания, поэтому его нельзя предложить.",
    en: "The council cannot carry out this action with a public waiting period, so it cannot be proposed.",
  },
} satisfies Partial<Record<IshonchErrorCode, Words>>;
