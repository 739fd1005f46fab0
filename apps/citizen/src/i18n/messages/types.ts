/** The citizen app's own page text; shared words (types, regions, statuses) come from @ishonch/i18n. */
export interface Messages {
  siteName: string;
  tagline: string;
  skipToContent: string;
  languageNav: string;
  footer: string;
  home: {
    title: string;
    intro: string;
    directoryLink: string;
    directoryText: string;
  };
  directory: {
    title: string;
    intro: string;
    searchLegend: string;
    textLabel: string;
    typeLabel: string;
    regionLabel: string;
    statusLabel: string;
    any: string;
    submit: string;
    reset: string;
    caption: string;
    columns: { id: string; name: string; type: string; region: string; status: string };
    showing: (from: string, to: string, total: string) => string;
    empty: string;
    pagination: string;
    previous: string;
    next: string;
    pageOf: (page: string, pages: string) => string;
    indexHead: (block: string) => string;
    indexUnavailable: string;
  };
  organization: {
    title: (id: string) => string;
    chainHeading: string;
    verifiedAt: (block: string) => string;
    contract: string;
    chainId: string;
    howToCheck: (id: string) => string;
    fields: {
      id: string;
      name: string;
      orgType: string;
      region: string;
      status: string;
      parentId: string;
      registeredAt: string;
    };
    noParent: string;
    indexHeading: string;
    fromIndex: string;
    registrationTx: string;
    registrationBlock: string;
    staffCount: string;
    notIndexed: string;
    indexUnavailable: string;
    mismatchTitle: string;
    mismatchText: string;
    chainValue: string;
    indexValue: string;
    indexBehind: (indexBlock: string, chainBlock: string) => string;
    chainUnavailableTitle: string;
    chainUnavailable: string;
    unverifiedIndexData: string;
    back: string;
  };
  notFound: {
    title: string;
    text: (id: string) => string;
    listedByIndex: string;
  };
  failure: {
    title: string;
  };
}
