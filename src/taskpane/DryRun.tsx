import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  text: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    maxHeight: '320px',
    overflow: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

/** A report of what an action will do (merge dry run, upgrade summary), under its title. */
export function DryRun({ id, title, text }: { id: string; title: string; text: string }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby={id}>
      <Subtitle2 as="h3" id={id}>
        {title}
      </Subtitle2>
      <pre className={styles.text} data-testid={id} tabIndex={0}>
        {text}
      </pre>
    </section>
  );
}
