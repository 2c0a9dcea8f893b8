import { Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
});

export interface PlaceholderPanelProps {
  id: string;
  tabId: string;
  title: string;
  summary: string;
  comingSoon: string;
  mode: string;
  modeDetail?: string;
}

/** A tab panel that only says what it will do and which mode the pane is in. */
export function PlaceholderPanel(props: PlaceholderPanelProps) {
  const styles = useStyles();
  return (
    <section id={props.id} role="tabpanel" aria-labelledby={props.tabId} className={styles.panel}>
      <Subtitle2 as="h2">{props.title}</Subtitle2>
      <Body1>{props.summary}</Body1>
      <Body1>{props.comingSoon}</Body1>
      <Caption1 data-testid="mode">{props.mode}</Caption1>
      {props.modeDetail === undefined ? null : <Caption1>{props.modeDetail}</Caption1>}
    </section>
  );
}
