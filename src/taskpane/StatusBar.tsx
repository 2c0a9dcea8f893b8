import { useId, type ReactNode } from 'react';
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';

export type Status =
  | { kind: 'idle' }
  | { kind: 'running'; label: string }
  | { kind: 'success'; text: string }
  | { kind: 'warning'; text: string }
  | { kind: 'error'; title: string; text: string };

/** The outcome of an action, announced politely to screen readers. */
export function StatusBar({ status, action }: { status: Status; action?: ReactNode }) {
  const bodyId = useId();
  return (
    <div role="status" aria-live="polite">
      {status.kind === 'idle' ? null : status.kind === 'running' ? (
        <Spinner size="small" labelPosition="after" label={status.label} />
      ) : (
        <MessageBar
          intent={status.kind}
          layout="multiline"
          // Fluent labels the bar with its title's id, which exists only when there is a title.
          {...(status.kind === 'error' ? {} : { 'aria-labelledby': bodyId })}
        >
          <MessageBarBody id={bodyId}>
            {status.kind === 'error' ? <MessageBarTitle>{status.title}</MessageBarTitle> : null}
            {status.text}
          </MessageBarBody>
          {action ? <MessageBarActions>{action}</MessageBarActions> : null}
        </MessageBar>
      )}
    </div>
  );
}
