/** Fields of plain GET search forms, which work without JavaScript: the query string is the state. */

/** A filter chosen from a list, "any" first. */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""}>
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

/** A typed filter. */
export function FilterInput(props: {
  id: string;
  name: string;
  label: string;
  value: string | number | undefined;
  type?: "search" | "text";
  numeric?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? "search"}
        inputMode={props.numeric ? "numeric" : undefined}
        defaultValue={props.value ?? ""}
      />
    </div>
  );
}
