import { useMemo } from 'react';
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ActionEvidence } from '../core/evidence/evidence';
import { ProofBadge } from './ProofBadge';
import type { Strings } from './strings';
import { VirtualList } from './VirtualList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  action: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}`,
  },
  flagged: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  id: {
    alignSelf: 'flex-start',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorBrandForegroundLink,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'start',
    cursor: 'pointer',
    textDecorationLine: 'underline',
    overflowWrap: 'anywhere',
  },
  legs: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  warning: { color: tokens.colorPaletteRedForeground1 },
});

const KINDS = ['quantitative', 'qualitative', 'observable'] as const;
/** A row's first guess of height (px): the id, the three badges, a warning. */
const ROW_ESTIMATE = 70;
/** The list's row gap, tokens.spacingVerticalS. */
const ROW_GAP = 8;
const keyOfAction = (a: ActionEvidence) => `${a.sheet}-${a.row}-${a.id}`;

/** The three legs of proof of each action (or project), incomplete ones first. */
export function EvidenceList(props: {
  actions: ActionEvidence[];
  t: Strings;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const { actions, t } = props;
  const ordered = useMemo(
    () => [...actions.filter((a) => a.flagged), ...actions.filter((a) => !a.flagged)],
    [actions],
  );
  const complete = actions.length - ordered.filter((a) => a.flagged).length;
  return (
    <section className={styles.section} aria-labelledby="evidence">
      <Subtitle2 as="h2" id="evidence">
        {t.indicators.evidence}
      </Subtitle2>
      <Caption1>
        {actions.length
          ? t.indicators.triangulated(complete, actions.length)
          : t.indicators.noActions}
      </Caption1>
      <VirtualList
        className={styles.list}
        items={ordered}
        keyOf={keyOfAction}
        estimate={ROW_ESTIMATE}
        gap={ROW_GAP}
        render={(a, _i, row) => (
          <li
            {...row}
            className={mergeClasses(styles.action, a.flagged && styles.flagged)}
            data-action={a.id}
            data-flagged={a.flagged}
          >
            <button
              type="button"
              className={styles.id}
              title={t.indicators.goTo(`${a.sheet}!A${a.row}`)}
              onClick={() => props.onSelect(a.sheet, `A${a.row}`)}
            >
              {a.id}
            </button>
            <div className={styles.legs}>
              {KINDS.map((kind, i) => (
                <ProofBadge
                  key={kind}
                  leg={t.indicators.legs[i] ?? kind}
                  count={a.counts[kind]}
                  t={t}
                />
              ))}
            </div>
            {a.flagged ? (
              <Caption1 className={styles.warning}>{t.indicators.flagged}</Caption1>
            ) : null}
            {a.unsupportedImpact ? (
              <Caption1 className={styles.warning}>{t.indicators.unsupportedImpact}</Caption1>
            ) : null}
          </li>
        )}
      />
    </section>
  );
}
