import { Field } from "../../shared/ui/Field.tsx";

/** The files attached to an appeal or a complaint: PDF, JPEG or PNG. */
export function AttachmentsField({ label, hint }: { label: string; hint?: string }) {
  return (
    <Field id="files" label={label} hint={hint}>
      <input
        id="files"
        name="files"
        type="file"
        multiple
        accept="application/pdf,image/jpeg,image/png"
      />
    </Field>
  );
}
