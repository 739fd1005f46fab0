import type { ReactNode } from "react";

/**
 * A refusal or a failure, read out at once: an optional title, the message, and what it
 * means for the person (e.g. that nothing was written).
 */
export function ErrorNotice(props: {
  testId?: string;
  title?: string | null;
  message: ReactNode;
  after?: string | null;
}) {
  return (
    <div className="notice notice-error" role="alert" data-testid={props.testId}>
      {props.title && (
        <p>
          <strong>{props.title}</strong>
        </p>
      )}
      <p>{props.message}</p>
      {props.after && <p>{props.after}</p>}
    </div>
  );
}
