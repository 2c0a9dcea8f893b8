import { Body1, Divider } from '@fluentui/react-components';
import { MergeSection } from './MergeSection';
import type { DemoActions, PanelProps } from './panel-props';
import { UpgradeSection } from './UpgradeSection';

/** Consolider: partners' workbooks merged into one; an older workbook brought up to date. */
export function ConsolidatePanel(props: PanelProps & { demo?: DemoActions }) {
  return (
    <>
      <Body1 data-panel="consolidate">{props.t.consolidate.intro}</Body1>
      <MergeSection {...props} />
      <Divider />
      <UpgradeSection {...props} />
    </>
  );
}
