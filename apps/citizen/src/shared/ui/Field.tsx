import type { ComponentProps, ReactNode } from "react";

/** A labelled form field: its control (an input, a select, a textarea) and a hint below. */
export function Field(props: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && <p className="muted">{props.hint}</p>}
    </div>
  );
}

/** A labelled input. */
export function InputField({
  label,
  hint,
  ...input
}: { id: string; label: ReactNode; hint?: ReactNode } & ComponentProps<"input">) {
  return (
    <Field id={input.id} label={label} hint={hint}>
      <input {...input} />
    </Field>
  );
}

/** A list's options, from values and their words. */
export function Options({ options }: { options: readonly { value: string; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

/**
 * A secret code the parent or citizen kept: typed, never stored by the browser or shown
 * in an address.
 */
export function SecretInput({ testId, ...input }: { testId?: string } & ComponentProps<"input">) {
  return (
    <input
      name="secret"
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      data-testid={testId}
      {...input}
    />
  );
}
