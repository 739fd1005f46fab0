import { wordsIn, type Locale } from "@ishonch/i18n";
import { Facts } from "../../shared/ui/Facts.tsx";
import { StatusBadge } from "../../shared/ui/StatusBadge.tsx";
import type { OrganizationRecordView } from "./view-models.ts";
import { organizationWords } from "./words.ts";

/** An organization's record as a list of facts; where it comes from is said by the caller. */
export function RecordFacts({
  record,
  locale,
}: {
  record: OrganizationRecordView;
  locale: Locale;
}) {
  const m = wordsIn(locale, organizationWords).organization;
  const fields = m.fields;
  return (
    <Facts
      facts={[
        { label: fields.id, value: record.id },
        { label: fields.name, value: record.name },
        { label: fields.orgType, value: record.orgType },
        { label: fields.region, value: record.region },
        { label: fields.status, value: <StatusBadge status={record.status} /> },
        {
          label: fields.parentId,
          value: record.parent ? <a href={record.parent.href}>{record.parent.text}</a> : m.noParent,
        },
        { label: fields.registeredAt, value: record.registeredAt },
      ]}
    />
  );
}
