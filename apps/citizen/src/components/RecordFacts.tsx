import type { Messages } from "../i18n/messages/index.ts";
import type { OrganizationRecordView } from "../view-models.ts";
import { StatusBadge } from "./StatusBadge.tsx";

/** An organization's record as a list of facts; where it comes from is said by the caller. */
export function RecordFacts({ record, m }: { record: OrganizationRecordView; m: Messages }) {
  const fields = m.organization.fields;
  return (
    <dl className="facts">
      <dt>{fields.id}</dt>
      <dd>{record.id}</dd>
      <dt>{fields.name}</dt>
      <dd>{record.name}</dd>
      <dt>{fields.orgType}</dt>
      <dd>{record.orgType}</dd>
      <dt>{fields.region}</dt>
      <dd>{record.region}</dd>
      <dt>{fields.status}</dt>
      <dd>
        <StatusBadge status={record.status} />
      </dd>
      <dt>{fields.parentId}</dt>
      <dd>
        {record.parent ? (
          <a href={record.parent.href}>{record.parent.text}</a>
        ) : (
          m.organization.noParent
        )}
      </dd>
      <dt>{fields.registeredAt}</dt>
      <dd>{record.registeredAt}</dd>
    </dl>
  );
}
