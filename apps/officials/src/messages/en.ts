import { appealsEn } from "./appeals/en";
import { queueEn } from "./queue/en";

/**
 * Page text of the officials app in English. Shared vocabulary (organization types,
 * regions, statuses, staff roles, error messages) comes from @ishonch/i18n instead.
 * Placeholders in braces are filled by `format`.
 */
export const en = {
  meta: {
    title: "Ishonch — officials",
    description: "Organizations and staff roles of the Ishonch public-services network",
  },
  header: {
    title: "Ishonch for officials",
    subtitle: "Organizations and staff roles, signed with your wallet",
    language: "Language",
  },
  deployment: {
    missing: "The platform is not deployed yet: the deployment file could not be read.",
    detail: "File: {path}",
  },
  wallet: {
    heading: "Wallet",
    discovered: "Wallets found in this browser",
    none: "No browser wallet found. Enable a wallet extension and reload the page.",
    connect: "Connect {name}",
    connecting: "Connecting…",
    disconnect: "Disconnect",
    account: "Connected account",
    network: "Network",
    networkOk: "Ishonch (chain {chainId})",
    wrongNetwork: "Wrong network: switch to Ishonch (chain {chainId})",
    currentChain: "Your wallet is on chain {chainId}. Nothing will be sent until you switch.",
    switchNetwork: "Switch to Ishonch",
    switching: "Switching…",
  },
  roles: {
    heading: "Your organizations and roles",
    source: "Read from the chain",
    atBlock: "As of block {block}",
    connectFirst: "Connect a wallet on the Ishonch network to see your roles.",
    loading: "Reading from the chain…",
    registrar: "This account holds the registrar role (ministry administrator).",
    notRegistrar: "This account does not hold the registrar role.",
    councilMember: "This account is a member of the council of agencies.",
    none: "This account holds no staff role in any organization.",
    organization: "Organization",
    status: "Status",
    roles: "Roles",
  },
  write: {
    connectFirst: "Connect a wallet first.",
    signing: "Confirm the transaction in your wallet…",
    waitingIndex: "Waiting for the index to reach block {block}…",
    indexCaughtUp: "The lists below are up to date.",
    indexSlow: "The index has not reached block {block} yet; the lists will show the change later.",
    transaction: "Transaction",
    block: "block {block}",
    notStaffAdminWarning:
      "Your account is neither the registrar nor an administrator of this organization on chain: the contract will refuse this.",
    notRegistrarWarning:
      "Your account is neither the registrar nor a member of the council of agencies on chain: the contract will refuse this.",
    councilProposalNote:
      "You are a member of the council of agencies: this becomes a council proposal, carried out once enough members approve and a public delay is over.",
  },
  register: {
    heading: "Register an organization",
    orgType: "Organization type",
    region: "Region",
    parent: "Parent organization",
    noParent: "None (top level)",
    name: "Name",
    nameHint: "1 to {max} bytes of UTF-8 (letters such as oʻ or я take 2 bytes).",
    nameBytes: "{bytes} of {max} bytes",
    submit: "Register organization",
    propose: "Propose to the council",
    success: "Organization registered: id {id}",
  },
  staff: {
    heading: "Grant or revoke a staff role",
    organization: "Organization",
    chooseOrganization: "Choose an organization",
    role: "Role",
    account: "Account address",
    accountHint: "0x followed by 40 hexadecimal characters.",
    grant: "Grant role",
    revoke: "Revoke role",
    granted: "Role granted: {role} in organization {id}",
    revoked: "Role revoked: {role} in organization {id}",
    adminNote:
      "Organization administrators are appointed by the council of agencies: a member's request becomes a council proposal.",
  },
  status: {
    heading: "Suspend or reactivate an organization",
    organization: "Organization",
    suspend: "Suspend",
    reactivate: "Reactivate",
    suspended: "Organization {id} suspended",
    reactivated: "Organization {id} reactivated",
  },
  proposal: {
    created:
      "Proposal {id} created: it needs {count} more approval(s), then waits out the public delay.",
    createdApproved: "Proposal {id} created and approved: it now waits out the public delay.",
    councilLink: "Open the council page",
  },
  form: {
    choose: "Choose…",
  },
  validation: {
    organizationRequired: "Choose an organization.",
    accountRequired: "Enter the account address.",
    accountInvalid: "This is not an account address: 0x followed by 40 hexadecimal characters.",
    accountChecksum:
      "The address has mixed case that does not match its checksum: check it for a typo.",
    accountZero: "The zero address cannot hold a role.",
    choiceRequired: "Choose a value from the list.",
  },
  organizations: {
    heading: "Organizations",
    search: "Search organizations",
    text: "Name contains",
    any: "Any",
    submit: "Search",
    reset: "Clear",
    shown: "Showing {shown} of {total}",
    empty: "No organizations found.",
    id: "Id",
    name: "Name",
    orgType: "Type",
    region: "Region",
    status: "Status",
    parent: "Parent",
    registeredAt: "Registered",
  },
  staffList: {
    heading: "Staff",
    search: "Search staff",
    text: "Organization name or account",
    organization: "Organization id",
    role: "Role",
    any: "Any",
    submit: "Search",
    reset: "Clear",
    shown: "Showing {shown} of {total}",
    empty: "No staff found.",
    account: "Account",
    grantedAt: "Granted",
  },
  index: {
    badge: "From the index",
    source: "From the index (up to block {block})",
    sourceEmpty: "From the index (nothing indexed yet)",
    unavailable: "The index is not available right now; lists cannot be shown.",
  },
  appeals: appealsEn,
  queue: queueEn,
};

/** The shape every locale's page text must have. */
export type Messages = typeof en;
