import { format, wordsIn, type InLocale } from "@ishonch/i18n";
import { Field, Options } from "../../shared/ui/Field.tsx";
import { Layout } from "../../shared/ui/Layout.tsx";
import { StatusBadge } from "../../shared/ui/StatusBadge.tsx";
import type { Option } from "../../shared/view-models.ts";
import type { DirectoryForm, DirectoryResult, DirectoryView } from "./view-models.ts";
import { organizationWords } from "./words.ts";

type DirectoryText = InLocale<typeof organizationWords>["directory"];

function FilterSelect(props: {
  id: string;
  label: string;
  any: string;
  value: string;
  options: Option[];
}) {
  return (
    <Field id={props.id} label={props.label}>
      <select id={props.id} name={props.id} defaultValue={props.value}>
        <option value="">{props.any}</option>
        <Options options={props.options} />
      </select>
    </Field>
  );
}

/** A plain GET form: works without JavaScript, and every search has a shareable URL. */
function SearchForm({ form, d }: { form: DirectoryForm; d: DirectoryText }) {
  return (
    <form method="get" action={form.action} role="search" className="search card">
      <div className="field field-wide">
        <label htmlFor="q">{d.textLabel}</label>
        <input id="q" name="q" type="search" defaultValue={form.text} maxLength={100} />
      </div>
      {[
        { id: "type", label: d.typeLabel, value: form.orgType, options: form.typeOptions },
        { id: "region", label: d.regionLabel, value: form.region, options: form.regionOptions },
        { id: "status", label: d.statusLabel, value: form.status, options: form.statusOptions },
      ].map((filter) => (
        <FilterSelect key={filter.id} any={d.any} {...filter} />
      ))}
      <div className="actions">
        <button type="submit">{d.submit}</button>
        <a href={form.action}>{d.reset}</a>
      </div>
    </form>
  );
}

function Results({
  result,
  d,
}: {
  result: Extract<DirectoryResult, { kind: "ok" }>;
  d: DirectoryText;
}) {
  if (result.rows.length === 0) {
    return (
      <p className="notice" data-testid="directory-empty">
        {d.empty}
      </p>
    );
  }
  const columns = d.columns;
  return (
    <>
      <p data-testid="directory-summary">
        {format(d.showing, { from: result.from, to: result.to, total: result.total })}
      </p>
      <table className="directory">
        <caption className="visually-hidden">{d.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.id}</th>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.type}</th>
            <th scope="col">{columns.region}</th>
            <th scope="col">{columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id} data-testid="organization-row" data-org-id={row.id}>
              <td data-label={columns.id}>{row.id}</td>
              <th scope="row" data-label={columns.name}>
                <a href={row.href}>{row.name}</a>
              </th>
              <td data-label={columns.type}>{row.orgType}</td>
              <td data-label={columns.region}>{row.region}</td>
              <td data-label={columns.status}>
                <StatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={d.pagination} className="pagination">
        {result.previousHref ? <a href={result.previousHref}>{d.previous}</a> : <span />}
        <span>{format(d.pageOf, { page: result.page, pages: result.pages })}</span>
        {result.nextHref ? <a href={result.nextHref}>{d.next}</a> : <span />}
      </nav>
    </>
  );
}

/** The register of accredited organizations, from the index. */
export function DirectoryPage({ frame, form, result }: DirectoryView) {
  const d = wordsIn(frame.locale, organizationWords).directory;
  return (
    <Layout frame={frame} title={d.title} lead={d.intro}>
      <SearchForm form={form} d={d} />
      {result.kind === "ok" ? (
        <>
          <Results result={result} d={d} />
          {result.indexHead && (
            <p className="muted">{format(d.indexHead, { block: result.indexHead })}</p>
          )}
        </>
      ) : (
        <p className="notice notice-error" data-testid="index-unavailable">
          {d.indexUnavailable}
        </p>
      )}
    </Layout>
  );
}
