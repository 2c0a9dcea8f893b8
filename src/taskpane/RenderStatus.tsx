import { Button } from '@fluentui/react-components';
import type { DemoActions } from './panel-props';
import { StatusBar, type Status } from './StatusBar';
import type { Strings } from './strings';

export type RenderStatusValue = Status | { kind: 'exists'; sheets: string[] };

/** The outcome of rendering into the workbook; in demo, a full workbook offers a new one. */
export function RenderStatus({
  status,
  t,
  demo,
  onCheck,
}: {
  status: RenderStatusValue;
  t: Strings;
  demo?: DemoActions | undefined;
  /** After a success, the next step: « Contrôler » the sheets just written. */
  onCheck?: () => void;
}) {
  if (status.kind !== 'exists')
    return (
      <StatusBar
        status={status}
        action={
          status.kind === 'success' && onCheck ? (
            <Button size="small" appearance="primary" onClick={onCheck}>
              {t.create.goCheck}
            </Button>
          ) : undefined
        }
      />
    );
  return (
    <StatusBar
      status={{
        kind: 'warning',
        text: `${t.create.exists(status.sheets)} ${demo ? t.create.existsDemo : t.create.existsExcel}`,
      }}
      action={
        demo ? (
          <Button size="small" onClick={() => demo.newWorkbook()}>
            {t.create.newWorkbook}
          </Button>
        ) : undefined
      }
    />
  );
}
