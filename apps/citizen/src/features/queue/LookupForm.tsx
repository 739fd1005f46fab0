/** A one-field GET form (an application or offer number): works without any script. */
export function LookupForm({
  action,
  name,
  label,
  button,
  value = "",
  testId,
}: {
  action: string;
  name: string;
  label: string;
  button: string;
  value?: string;
  testId: string;
}) {
  return (
    <form method="get" action={action} className="card search" data-testid={testId}>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} inputMode="numeric" defaultValue={value} required />
      <button type="submit">{button}</button>
    </form>
  );
}
