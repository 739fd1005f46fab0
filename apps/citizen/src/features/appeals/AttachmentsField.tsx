import { InputField } from "../../shared/ui/Field.tsx";

/** The files attached to an appeal or a complaint: PDF, JPEG or PNG. */
export function AttachmentsField({ label, hint }: { label: string; hint?: string }) {
  return (
    <InputField
      id="files"
      label={label}
      hint={hint}
      name="files"
      type="file"
      multiple
      accept="application/pdf,image/jpeg,image/png"
    />
  );
}
