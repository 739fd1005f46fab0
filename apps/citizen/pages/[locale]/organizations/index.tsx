import type { GetServerSideProps, PageConfig } from "next";
import { Layout } from "../../../src/components/Layout.tsx";
import { StatusBadge } from "../../../src/components/StatusBadge.tsx";
import { parseDirectoryQuery } from "../../../src/directory-query.ts";
import { messagesFor, type Messages } from "../../../src/i18n/messages/index.ts";
import { directoryForm, directoryResult } from "../../../src/server/directory.ts";
import { pageFrame } from "../../../src/server/frame.ts";
import type {
  DirectoryForm,
  DirectoryResult,
  DirectoryView,
  Option,
} from "../../../src/view-models.ts";

export const config: PageConfig = { runtime: "nodejs", unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<DirectoryView> = async (context) => {
  const frame = pageFrame(context);
  if (!frame) return { notFound: true };
  const query = parseDirectoryQuery(context.query);
  const result = await directoryResult(frame.locale, query);
  if (result.kind === "indexUnavailable") context.res.statusCode = 503;
  return { props: { frame, form: directoryForm(frame.locale, query), result } };
};

function Select(props: {
  id: string;
  label: string;
  any: string;
  value: string;
  options: Option[];
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.id} defaultValue={props.value}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: works without JavaScript, and every search has a shareable URL. */
function SearchForm({ form, m }: { form: DirectoryForm; m: Messages }) {
  const d = m.directory;
  return (
    <form method="get" action={form.action} role="search" className="search card">
      <div className="field field-wide">
        <label htmlFor="q">{d.textLabel}</label>
        <input id="q" name="q" type="search" defaultValue={form.text} maxLength={100} />
      </div>
      <Select
        id="type"
        label={d.typeLabel}
        any={d.any}
        value={form.orgType}
        options={form.typeOptions}
      />
      <Select
        id="region"
        label={d.regionLabel}
        any={d.any}
        value={form.region}
        options={form.regionOptions}
      />
      <Select
        id="status"
        label={d.statusLabel}
        any={d.any}
        value={form.status}
        options={form.statusOptions}
      />
      <div className="actions">
        <button type="submit">{d.submit}</button>
        <a href={form.action}>{d.reset}</a>
      </div>
    </form>
  );
}

function Results({ result, m }: { result: Extract<DirectoryResult, { kind: "ok" }>; m: Messages }) {
  const d = m.directory;
  if (result.rows.length === 0) {
    return (
      <p className="notice" data-testid="directory-empty">
        {d.empty}
      </p>
    );
  }
  return (
    <>
      <p data-testid="directory-summary">{d.showing(result.from, result.to, result.total)}</p>
      <table className="directory">
        <caption className="visually-hidden">{d.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{d.columns.id}</th>
            <th scope="col">{d.columns.name}</th>
            <th scope="col">{d.columns.type}</th>
            <th scope="col">{d.columns.region}</th>
            <th scope="col">{d.columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.id} data-testid="organization-row" data-org-id={row.id}>
              <td data-label={d.columns.id}>{row.id}</td>
              <th scope="row" data-label={d.columns.name}>
                <a href={row.href}>{row.name}</a>
              </th>
              <td data-label={d.columns.type}>{row.orgType}</td>
              <td data-label={d.columns.region}>{row.region}</td>
              <td data-label={d.columns.status}>
                <StatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={d.pagination} className="pagination">
        {result.previousHref ? <a href={result.previousHref}>{d.previous}</a> : <span />}
        <span>{d.pageOf(result.page, result.pages)}</span>
        {result.nextHref ? <a href={result.nextHref}>{d.next}</a> : <span />}
      </nav>
    </>
  );
}

export default function DirectoryPage({ frame, form, result }: DirectoryView) {
  const m = messagesFor(frame.locale);
  return (
    <Layout frame={frame} title={m.directory.title}>
      <h1>{m.directory.title}</h1>
      <p className="lead">{m.directory.intro}</p>
      <SearchForm form={form} m={m} />
      {result.kind === "ok" ? (
        <>
          <Results result={result} m={m} />
          {result.indexHead && <p className="muted">{m.directory.indexHead(result.indexHead)}</p>}
        </>
      ) : (
        <p className="notice notice-error" data-testid="index-unavailable">
          {m.directory.indexUnavailable}
        </p>
      )}
    </Layout>
  );
}
