import type { Messages } from "./types.ts";

export const en: Messages = {
  siteName: "Ishonch",
  tagline: "Public services: check any answer on the blockchain yourself",
  skipToContent: "Skip to main content",
  languageNav: "Language",
  footer:
    "Lists come from the index; an organization's status on its own page is read directly from the blockchain.",
  home: {
    title: "Open public services",
    intro:
      "Find accredited organizations here and check their status on the blockchain, without having to trust the operator.",
    directoryLink: "Register of organizations",
    directoryText: "Ministries, agencies, universities, schools and kindergartens.",
  },
  directory: {
    title: "Accredited organizations",
    intro:
      "This list comes from the index. Open an organization to have its record read and checked on the blockchain.",
    searchLegend: "Search",
    textLabel: "Name",
    typeLabel: "Type",
    regionLabel: "Region",
    statusLabel: "Status",
    any: "All",
    submit: "Search",
    reset: "Clear",
    caption: "Organizations",
    columns: { id: "No.", name: "Name", type: "Type", region: "Region", status: "Status" },
    showing: (from, to, total) => `Showing ${from}–${to} of ${total}`,
    empty: "Nothing found. Try changing the search.",
    pagination: "Pages",
    previous: "← Previous",
    next: "Next →",
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    indexHead: (block) => `Index up to date as of block ${block}.`,
    indexUnavailable:
      "The search index is unavailable right now, so the list cannot be shown. Please try again shortly.",
  },
  organization: {
    title: (id) => `Organization No. ${id}`,
    chainHeading: "Record on the blockchain",
    verifiedAt: (block) => `Verified on the chain at block ${block}`,
    contract: "Registry contract address",
    chainId: "Network id",
    howToCheck: (id) =>
      `Check it yourself: call getOrganization(${id}) on the contract at this address through any node.`,
    fields: {
      id: "Number",
      name: "Name",
      orgType: "Type",
      region: "Region",
      status: "Status",
      parentId: "Parent organization",
      registeredAt: "Registered",
    },
    noParent: "None",
    indexHeading: "From the index",
    fromIndex:
      "From the index: for convenience, not a substitute for the record on the blockchain.",
    registrationTx: "Registration transaction",
    registrationBlock: "Block",
    staffCount: "Staff roles held",
    notIndexed: "The index has not recorded this organization yet.",
    indexUnavailable: "The index is unavailable right now; the record on the blockchain is above.",
    mismatchTitle: "The index disagrees with the blockchain",
    mismatchText:
      "The following differ. The record on the blockchain is authoritative; the index is behind or wrong.",
    chainValue: "On the blockchain",
    indexValue: "In the index",
    indexBehind: (indexBlock, chainBlock) =>
      `The index is at block ${indexBlock}, the chain at block ${chainBlock}: the index may not have caught up yet.`,
    chainUnavailableTitle: "The blockchain is unreachable",
    chainUnavailable:
      "Could not connect to a blockchain node, so this organization cannot be checked right now. Please try again shortly.",
    unverifiedIndexData: "What the index says (not verified on the blockchain):",
    back: "← Back to the list of organizations",
  },
  notFound: {
    title: "Organization not found",
    text: (id) =>
      `No organization with number “${id}” is registered on the blockchain. Check the link or search the list.`,
    listedByIndex: "The index lists it, but the blockchain has no such record: the index is wrong.",
  },
  failure: {
    title: "Something went wrong",
  },
};
